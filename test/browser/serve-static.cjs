// A tiny static server on a free localhost port, for a built bundle: the browser tests' preview (global-setup.cjs),
// the bundled-office.js build (office-js-bundled.test.ts) and the bench. CommonJS, so that jest's global setup can
// require it untransformed; serve-static.d.cts types it for TypeScript.
const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");

const contentTypes = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json",
  ".xml": "application/xml",
  ".png": "image/png",
  ".gif": "image/gif",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".bcmap": "application/octet-stream",
};

/** Serves `root` on 127.0.0.1; "/" is `index`. Resolves with the server and its address, "http://127.0.0.1:port/". */
function serveStatic(root, index = "index.html") {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = path.join(root, path.normalize(pathname === "/" ? `/${index}` : pathname));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": contentTypes[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/` })),
  );
}

/** Stops the server, its open connections included. */
function stopServer(server) {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

module.exports = { serveStatic, stopServer };
