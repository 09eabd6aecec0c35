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
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startMessages as say } from "./start.zh-CN.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const wantedPort = 3000;
// The preview binds the IPv4 loopback; a port counts as free only when nothing holds it there nor on IPv6's, since a
// browser asked for localhost may try either.
const previewHost = "127.0.0.1";
const loopbacks = [previewHost, "::1"];
const portsToTry = 20;

/** Whether nothing listens on `port` at `host`; an address this machine lacks (IPv6 switched off) holds nothing. */
function freeOn(port, host) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", (error) => resolve(error.code === "EADDRNOTAVAIL" || error.code === "EAFNOSUPPORT"));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

async function isFree(port) {
  for (const host of loopbacks) if (!(await freeOn(port, host))) return false;
  return true;
}

/** The port the user asked for with --port N, or undefined; a malformed value ends the run with a sentence. */
function askedPort(args) {
  const at = args.indexOf("--port");
  if (at < 0) return undefined;
  const port = Number(args[at + 1]);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(say.portInvalid(args[at + 1] ?? ""));
    process.exit(2);
  }
  return port;
}

/** A port free on every loopback address: the one asked for, or 3000 and the next few; else says how to choose. */
async function choosePort(asked) {
  if (asked !== undefined) {
    if (await isFree(asked)) return asked;
    console.error(say.portTaken(asked));
    process.exit(1);
  }
  for (let port = wantedPort; port < wantedPort + portsToTry; port++) {
    if (!(await isFree(port))) continue;
    if (port !== wantedPort) console.log(say.portBusy(wantedPort, port));
    return port;
  }
  console.error(say.portsTaken(wantedPort, wantedPort + portsToTry - 1));
  process.exit(1);
}

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
async function servePreview(reason, asked) {
  console.log(reason);
  const port = await choosePort(asked);
  console.log(say.building);
  const { default: webpack } = await import("webpack");
  const { default: WebpackDevServer } = await import("webpack-dev-server");
  const configure = require(path.join(root, "webpack.config.js"));
  const config = await configure({ WEBPACK_SERVE: true, preview: true }, { mode: "development" });
  config.devServer = {
    ...config.devServer,
    host: previewHost,
    port,
    // Live reload connects back to wherever the page was opened (localhost or 127.0.0.1), never a cross-origin host.
    client: { ...config.devServer.client, webSocketURL: "auto://0.0.0.0:0/ws" },
  };
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
  try {
    await server.start();
  } catch (error) {
    // Another program took the port between the check and now.
    if (error?.code !== "EADDRINUSE") throw error;
    console.error(say.portTaken(port));
    process.exit(1);
  }
  const stop = () => void server.stop().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

const args = process.argv.slice(2);
const reason = previewReason(args);
if (reason === undefined) sideload(args.filter((arg) => arg !== "--preview"));
else await servePreview(reason, askedPort(args));
