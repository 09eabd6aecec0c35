import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { commandRows } from "./catalogue/command-rows";
import { containerRows } from "./catalogue/container-rows";
import { fileRows } from "./catalogue/file-rows";
import { safetyRows } from "./catalogue/safety-rows";
import { folder, workDir } from "./catalogue/inputs";
import { runCliCaptured } from "./helpers/run-cli";

// Issue 11, acceptance 1: broken and hostile inputs at every door of the command line, each with the exit code and
// (part of) the Chinese message a person gets. Inputs are made when their row runs; large ones are sparse files or
// repetitions, sized to prove a bound without costing seconds. The add-in's doors (cells, file picker) have their own.

const rows = [...fileRows, ...containerRows, ...commandRows, ...safetyRows];

describe("the catalogue of broken and hostile inputs", () => {
  const started = process.cwd();
  afterAll(() => process.chdir(started));

  it("has at least 80 inputs, each named once", () => {
    expect(rows.length).toBeGreaterThanOrEqual(80);
    expect(new Set(rows.map((row) => row.name)).size).toBe(rows.length);
  });

  it.each(rows.map((row) => [row.name, row] as const))(
    "%s",
    async (_name, row) => {
      const cwd = row.inFolder ? folder(() => undefined) : workDir;
      const args = await row.args();
      process.chdir(cwd);
      const { code, stdout, stderr } = await runCliCaptured(args);
      const printed = `${stdout}\n${stderr}`;
      // On a mismatch, the start of what was printed shows in the failure.
      const matches = code === row.code && printed.includes(row.says);
      expect(matches ? "as expected" : { code, printed: printed.slice(0, 800) }).toBe("as expected");
      if (row.never) expect(printed).not.toContain(row.never);
      if (row.maxChars) expect(printed.length).toBeLessThanOrEqual(row.maxChars);
      if (row.inFolder) expect(readdirSync(cwd).length).toBeLessThanOrEqual(1);
    },
    60_000,
  );

  it("never wrote outside the folders it was given", () => {
    expect(existsSync(join(workDir, "..", "x2024年政府信息公开工作年度报告.xlsx"))).toBe(false);
  });
});
