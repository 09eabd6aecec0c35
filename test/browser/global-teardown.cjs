// Stops the static server of global-setup.cjs and removes the built bundle.
const fs = require("node:fs");

module.exports = async function stopPreviewServer() {
  const running = globalThis.nianbaoPreviewServer;
  if (!running) return;
  running.server.closeAllConnections();
  await new Promise((resolve) => running.server.close(resolve));
  fs.rmSync(running.outputPath, { recursive: true, force: true });
};
