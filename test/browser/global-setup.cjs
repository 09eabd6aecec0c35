// Builds the bundle once (webpack's Node API, development mode) into a temporary directory and serves it with a
// tiny static server on a free localhost port; the tests read the address from NIANBAO_PREVIEW_URL.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const webpack = require("webpack");
const configure = require("../../webpack.config.js");
const { serveStatic } = require("./serve-static.cjs");

function build(config) {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (stats.hasErrors()) reject(new Error(stats.toString("errors-only")));
      else resolve();
    });
  });
}

module.exports = async function buildAndServePreview() {
  const outputPath = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-preview-"));
  const config = await configure({ outputPath }, { mode: "development" });
  // Source maps only slow the build down here; failures are read from the page, not from the bundle.
  await build({ ...config, devtool: false, stats: "errors-warnings" });
  const { server, url } = await serveStatic(outputPath, "preview.html");
  process.env.NIANBAO_PREVIEW_URL = url;
  globalThis.nianbaoPreviewServer = { server, outputPath };
};
