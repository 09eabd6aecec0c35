// Stops the static server of global-setup.cjs and removes the built bundle.
const fs = require("node:fs");
const { stopServer } = require("./serve-static.cjs");

module.exports = async function stopPreviewServer() {
  const running = globalThis.nianbaoPreviewServer;
  if (!running) return;
  await stopServer(running.server);
  fs.rmSync(running.outputPath, { recursive: true, force: true });
};
