// Builds the nianbao command into one CommonJS file, build/cli/nianbao.cjs, so that running it starts plain node on
// compiled JavaScript (no transpiler at run time). `npm ci` runs it through the `prepare` script; the bundle also
// serves as the worker script that checks a folder's files on every core.
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

await build({
  entryPoints: [join(root, "src/cli/bin.ts")],
  outfile: join(root, "build/cli/nianbao.cjs"),
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  // Packages stay in node_modules, loaded by node when a command needs them (ES-module-only ones through import()).
  packages: "external",
  sourcemap: "linked",
  logLevel: "warning",
});
