#!/usr/bin/env node
// `npm start`: sideload into desktop Excel where it exists (Windows, macOS), as the official template does;
// anywhere else, build and serve the preview page on localhost. `npm run preview` (--preview) always serves the preview.
// `npm start -- web --document <url>` sideloads into Excel on the web from any system.
//
// Usage data: office-addin-usage-data, which the office-addin-* tools report through, has had reporting removed
// (both installed copies, 2.1.1 and 3.0.0, are no-ops), so there is nothing to switch off and no network call.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startMessages as say } from "./start.zh-CN.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const wantedPort = 3000;

/** Why the preview is used, or undefined when Excel should be used. */
function previewReason(args) {
  if (args.includes("--preview")) return say.previewBecauseAsked;
  if (args[0] === "web") return undefined;
  if (process.platform === "darwin" && !existsSync("/Applications/Microsoft Excel.app")) {
    return say.previewBecauseExcelMissing;
  }
  if (process.platform !== "win32" && process.platform !== "darwin") return say.previewBecauseNoExcel(process.platform);
  return undefined;
}

/** Runs office-addin-debugging with the user's arguments (desktop, or web --document <url>). */
function sideload(args) {
  if (!existsSync(path.join(root, "manifest.xml"))) {
    console.error(say.manifestMissing);
    process.exit(1);
  }
  console.log(say.sideloading);
  const cli = require.resolve("office-addin-debugging/cli.js");
  const extra = args.includes("--app") ? [] : ["--app", "excel"];
  const child = spawn(
    process.execPath,
    [cli, "start", "manifest.xml", ...args, ...extra, "--dev-server-port", String(wantedPort)],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
  child.on("exit", (code) => process.exit(code ?? 1));
}

/** Builds the preview with webpack-dev-server over plain http (no certificates) and prints its address. */
async function servePreview(reason) {
  console.log(reason);
  console.log(say.building);
  const { default: webpack } = await import("webpack");
  const { default: WebpackDevServer } = await import("webpack-dev-server");
  const configure = require(path.join(root, "webpack.config.cjs"));
  const port = await WebpackDevServer.getFreePort(wantedPort, "localhost");
  if (Number(port) !== wantedPort) console.log(say.portBusy(wantedPort, port));
  const config = await configure({ WEBPACK_SERVE: true, preview: true }, { mode: "development" });
  config.devServer = { ...config.devServer, port: Number(port) };
  config.infrastructureLogging = { level: "warn" };
  config.stats = "errors-warnings";
  const compiler = webpack(config);
  const url = `http://localhost:${port}/preview.html`;
  let first = true;
  compiler.hooks.done.tap("nianbao-start", (stats) => {
    if (stats.hasErrors()) console.error(say.buildFailed);
    else console.log(first ? say.ready(url) : say.rebuilt);
    first = false;
  });
  const server = new WebpackDevServer(config.devServer, compiler);
  await server.start();
  const stop = () => void server.stop().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

const args = process.argv.slice(2);
const reason = previewReason(args);
if (reason === undefined) sideload(args.filter((arg) => arg !== "--preview"));
else await servePreview(reason);
