// `npm run bench`: bundles the bench with esbuild as the command and the pane are bundled (so the figures are those
// of the code people run, not of a transpiler's module wrappers), then runs it with plain node.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outfile = join(root, "build", "bench", "bench.cjs");

await build({
  entryPoints: [join(root, "bench", "index.ts")],
  outfile,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
// Arguments pass through: `npm run bench -- cli` runs only the CLI rows.
const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
process.exitCode = result.status ?? 2;
