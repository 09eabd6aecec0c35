// Builds the bundle once (webpack's Node API, development mode) into a temporary directory and serves it with a
// tiny static server on a free localhost port; the tests read the address from NIANBAO_PREVIEW_URL.
const fs = require("node:fs");
const http = require("node:http");
const os = require("node:os");
const path = require("node:path");
const webpack = require("webpack");
const configure = require("../../webpack.config.js");

const contentTypes = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".xml": "application/xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

function build(config) {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (stats.hasErrors()) reject(new Error(stats.toString("errors-only")));
      else resolve();
    });
  });
}

function serve(root) {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    const file = path.join(root, path.normalize(pathname === "/" ? "/preview.html" : pathname));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": contentTypes[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

module.exports = async function buildAndServePreview() {
  const outputPath = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-preview-"));
  const config = await configure({ outputPath }, { mode: "development" });
  // Source maps only slow the build down here; failures are read from the page, not from the bundle.
  await build({ ...config, devtool: false, stats: "errors-warnings" });
  const server = await serve(outputPath);
  process.env.NIANBAO_PREVIEW_URL = `http://127.0.0.1:${server.address().port}/`;
  globalThis.nianbaoPreviewServer = { server, outputPath };
};
