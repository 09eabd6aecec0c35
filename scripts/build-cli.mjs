// Builds the nianbao command into one CommonJS file, build/cli/nianbao.cjs, so that running it starts plain node on
// compiled JavaScript (no transpiler at run time). `npm ci` runs it through the `prepare` script; the bundle also
// serves as the worker script that checks a folder's files on every core.
import { build } from "esbuild";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const requireFromRoot = createRequire(join(root, "package.json"));

/**
 * opencc-js (the text reader's traditional-character dictionaries) is bundled, not left in node_modules: it ships
 * only ES modules, and required from this CommonJS bundle Node loaded them through its ES module loader, on every
 * worker before its first file (some 17 ms of CPU each, for dictionaries a report in simplified characters never
 * uses). Bundled, they are strings in the bundle, turned into a converter only for a traditional text.
 */
const bundleOpencc = {
  name: "bundle-opencc-js",
  setup(builder) {
    builder.onResolve({ filter: /^opencc-js\// }, (args) => ({ path: requireFromRoot.resolve(args.path) }));
  },
};

await build({
  entryPoints: [join(root, "src/cli/bin.ts")],
  outfile: join(root, "build/cli/nianbao.cjs"),
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  // Packages stay in node_modules, loaded by node when a command needs them (ES-module-only ones through import()),
  // but for opencc-js (bundleOpencc).
  packages: "external",
  plugins: [bundleOpencc],
  sourcemap: "linked",
  logLevel: "warning",
});
