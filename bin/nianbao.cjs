#!/usr/bin/env node
// The nianbao command runs the TypeScript sources directly through tsx, so there is no build step to forget.
require("tsx/cjs");
const { runCli } = require("../src/cli/main.ts");
runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
