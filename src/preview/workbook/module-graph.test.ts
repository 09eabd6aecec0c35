import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

// ESLint's import-x/no-cycle skips `import type`, yet a loop of type imports still ties every module to every other
// (the 32-file loop this folder once had ran through them). This walks all imports, types included.
const folder = __dirname;
const modules = readdirSync(folder).filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"));

function importsOf(file: string): string[] {
  const source = readFileSync(join(folder, file), "utf8");
  const found = [...source.matchAll(/^(?:import|export)\b[^;]*?from "\.\/([^"]+)";/gms)].map((m) => `${m[1]}.ts`);
  return found.filter((name) => modules.includes(name));
}

function findLoop(): string[] | undefined {
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (file: string): string[] | undefined => {
    if (state.get(file) === "done") return undefined;
    if (state.get(file) === "open") return [...path.slice(path.indexOf(file)), file];
    state.set(file, "open");
    path.push(file);
    for (const next of importsOf(file)) {
      const loop = visit(next);
      if (loop) return loop;
    }
    path.pop();
    state.set(file, "done");
    return undefined;
  };
  for (const file of modules) {
    const loop = visit(file);
    if (loop) return loop;
  }
  return undefined;
}

describe("the preview workbook's modules", () => {
  it("import one another without a loop, type imports included", () => {
    expect(modules.length).toBeGreaterThan(30);
    expect(findLoop()).toBeUndefined();
  });
});
