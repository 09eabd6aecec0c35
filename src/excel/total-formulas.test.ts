import { addressIn, apps, cellAt, insertYear, withPreviewHost } from "./__fixtures__/preview-host";
import type { ReportSheet } from "./settings";
import { positionsIn, shiftFormula } from "./total-formulas";
import { watchEdits, type EditCheck } from "./watch-edits";

const host = withPreviewHost();

describe("total formulas", () => {
  it.each([
    ["=SUM(I23:N23)", 6],
    ["=SUM($I$23,I25:I27)-SUM(J3)", 5],
    ["=LOG10(A1)", 1],
    ["=SUM(A:A)", 0],
  ])("finds the cells %s refers to", (formula, count) => {
    expect(positionsIn(formula)?.length).toBe(count);
  });

  it.each([
    ["=SUM(I23:N23)", 3, 0, "=SUM(I26:N26)"],
    ["=SUM(O23,O25:O27)", 2, 0, "=SUM(O25,O27:O29)"],
  ])("moves %s by %i rows", (formula, rows, cols, moved) => {
    expect(shiftFormula(formula, rows, cols)).toBe(moved);
  });

  it("accepts a total whose range grew over a row inserted inside the table, and rebuilds one typed over", async () => {
    const sheet = await insertYear(2025);
    const results: EditCheck[] = [];
    await watchEdits(sheet, (result) => results.push(result));
    results.splice(0);
    const insideRow = Number(addressIn(sheet, apps("withheld.lawForbidden.natural")).slice(1));
    await Excel.run(async (context) => {
      const tables = context.workbook.worksheets.getItem(sheet.tablesSheet);
      tables.protection.unprotect();
      tables.getRange(`${insideRow}:${insideRow}`).insert("Down");
      await context.sync();
    });
    const below = (key: string): string => addressIn(sheet, apps(key), 1);
    await edit(sheet, below("withheld.thirdParty.natural"), [["2"]]);
    expect(results[0]?.restoredTotals).toEqual([]);
    expect(cellAt(host.workbook, sheet.tablesSheet, below("resultTotal.natural"))?.value).toBe(2);

    await edit(sheet, below("resultTotal.natural"), [["50"]]);
    expect(results[1]?.restoredTotals).toEqual([apps("resultTotal.natural")]);
    const restored = cellAt(host.workbook, sheet.tablesSheet, below("resultTotal.natural"));
    expect(restored?.value).toBe(2);
    expect(restored?.formula).toMatch(/^=SUM\(I25,I26,I27,I29,/);
  });
});

async function edit(sheet: ReportSheet, address: string, values: unknown[][]): Promise<void> {
  expect(host.workbook.editFromUi(sheet.tablesSheet, address, values)).toEqual({ ok: true });
  await host.workbook.whenIdle();
}
