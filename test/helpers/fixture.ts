import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The real published reports, byte for byte as in the project's shared/fixtures, kept in the repository so that a
 * clone tests on its own (nothing beside it needed).
 */
export const FIXTURES = join(__dirname, "..", "fixtures");
export const HUANCUI = join(FIXTURES, "2019-huancui-bureau.txt");

export const readFixture = (path = HUANCUI): string => readFileSync(path, "utf8");

/**
 * The fixture text with the n-th number (0-based) after a row label replaced, as a person would mistype it:
 * table 三's cells stand one per line after the row's label.
 */
export function withCellChanged(text: string, rowLabel: string, n: number, value: string): string {
  const lines = text.split("\n");
  const start = lines.findIndex((line) => line.replace(/\s/g, "") === rowLabel);
  if (start < 0) throw new Error(`no row ${rowLabel} in the fixture`);
  const numberLines = lines
    .map((line, index) => ({ line, index }))
    .filter(({ line, index }) => index > start && /^\s*[0-9]+\s*$/.test(line.replace(/[\u2002\u3000]/g, " ")));
  const target = numberLines[n];
  if (!target) throw new Error(`no number ${n} after ${rowLabel}`);
  lines[target.index] = `\t${value}`;
  return lines.join("\n");
}
