#!/usr/bin/env node
// The nianbao command: compiled JavaScript built by `npm ci` (the `prepare` script, scripts/build-cli.mjs).
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const compiled = join(__dirname, "..", "build", "cli", "nianbao.cjs");
if (!existsSync(compiled)) {
  process.stderr.write("nianbao 尚未构建：请在项目文件夹中运行 npm ci（或 npm run build:cli）\n");
  process.exit(2);
}
require(compiled);
