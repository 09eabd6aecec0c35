import { zeroReport } from "../domain";
import { withApplications } from "../domain/review/__fixtures__/review-reports";
import { assessUnits, chooseUnits, unitInput, type UnitAssessment } from "../domain/review/unit-sums";
import { addressIn, apps, cellAt, insertYear, withPreviewHost } from "./__fixtures__/preview-host";
import type { ReportSheet } from "./settings";
import { writeUnitSums } from "./unit-sums";

// 汇总下级报告 on the preview host: what lands in the workbook, in how many round trips and undo steps, and what is
// never touched.

jest.setTimeout(30_000);

const host = withPreviewHost();

/** Units of 2024 with `counts` applications each from natural persons, all counted. */
function units(sheet: ReportSheet, ...counts: number[]): UnitAssessment {
  const inputs = counts.map((n, i) =>
    unitInput({
      file: `单位${i}.json`,
      ok: true,
      report: withApplications(zeroReport("2021", 2024, `某区${i}局`), n),
      findings: [],
    }),
  );
  return chooseUnits(assessUnits(sheet, inputs), true);
}

const natural = apps("newReceived.natural");
const total = apps("newReceived.total");
const at = (sheet: ReportSheet, ref = natural) => cellAt(host.workbook, sheet.tablesSheet, addressIn(sheet, ref));

describe("writeUnitSums", () => {
  it("writes the sums in one Excel.run and one undo step, totals left as formulas; again, it replaces them", async () => {
    const sheet = await insertYear(2024);
    host.workbook.resetStats();
    await expect(writeUnitSums(sheet, units(sheet, 3, 4))).resolves.toMatchObject({
      ok: true,
      sheetName: "2024年下级汇总",
    });
    expect(host.workbook.stats.runs.map((run) => run.syncs)).toEqual([2]);
    expect(at(sheet)?.value).toBe(7);
    expect(at(sheet, total)).toMatchObject({ value: 7, formula: expect.stringMatching(/^=SUM\(/) as string });

    host.workbook.resetStats();
    await writeUnitSums(sheet, units(sheet, 5));
    // The 下级汇总 sheet exists now: its title and used range are read in a second sync before it is rewritten.
    expect(host.workbook.stats.runs.map((run) => run.syncs)).toEqual([3]);
    expect(at(sheet)?.value).toBe(5);
    const summary = host.workbook.snapshot().sheets.find((s) => s.name === "2024年下级汇总");
    // One unit now: its figures' column is the last, and the second unit's column of the first run is gone.
    expect(summary?.cells.some((c) => c.value === "某区1局")).toBe(false);

    expect(host.workbook.undoFromUi()).toBe(true);
    expect(at(sheet)?.value).toBe(7);
  });

  it("writes nothing over a 下级汇总 sheet it did not write, and says so", async () => {
    const sheet = await insertYear(2024);
    await Excel.run(async (context) => {
      context.workbook.worksheets.add("2024年下级汇总").getRange("A1").values = [["我的笔记"]];
      await context.sync();
    });
    await expect(writeUnitSums(sheet, units(sheet, 3))).resolves.toEqual({
      ok: false,
      reason: "sheetTaken",
      sheetName: "2024年下级汇总",
    });
    expect(at(sheet)?.value ?? "").toBe("");
    const notes = host.workbook.snapshot().sheets.find((s) => s.name === "2024年下级汇总");
    expect(notes?.cells.map((c) => c.value)).toEqual(["我的笔记"]);
  });
});
