import { positionsIn, quickFixOf, shiftFormula } from "../domain";
import { addressIn, apps, cellAt, insertYear, withPreviewHost } from "./__fixtures__/preview-host";
import { HostError } from "./host-error";
import { applyQuickFix } from "./quick-fixes";
import type { ReportSheet } from "./settings";
import { hostErrorMessage } from "./strings.zh-CN";
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
    const insideRow = Number(addressIn(sheet, apps("withheld.lawForbidden.natural")).slice(1));
    await Excel.run(async (context) => {
      const tables = context.workbook.worksheets.getItem(sheet.tablesSheet);
      tables.protection.unprotect();
      tables.getRange(`${insideRow}:${insideRow}`).insert("Down");
      await context.sync();
    });
    await host.workbook.whenIdle();
    results.splice(0);
    const below = (key: string): string => addressIn(sheet, apps(key), 1);
    await edit(sheet, below("withheld.thirdParty.natural"), [["2"]]);
    expect(results[0]?.findings.filter((f) => f.code === "cell.formulaLost")).toEqual([]);
    expect(cellAt(host.workbook, sheet.tablesSheet, below("resultTotal.natural"))?.value).toBe(2);

    await edit(sheet, below("resultTotal.natural"), [["50"]]);
    const lost = results[1]?.findings.find((f) => f.code === "cell.formulaLost");
    expect(lost).toMatchObject({ cells: [apps("resultTotal.natural")], actual: 50 });
    const fix = lost && quickFixOf(lost);
    if (!fix) throw new Error("expected 恢复公式");
    await applyQuickFix(sheet, fix);
    const restored = cellAt(host.workbook, sheet.tablesSheet, below("resultTotal.natural"));
    expect(restored?.value).toBe(2);
    expect(restored?.formula).toMatch(/^=SUM\(D25,D26,D27,D29,/);
  });

  it("refuses 恢复公式 on a sheet protected again (with a password), in Chinese, writing nothing", async () => {
    const sheet = await insertYear(2025);
    await setProtection(sheet, false);
    const total = addressIn(sheet, apps("newReceived.total"));
    await edit(sheet, total, [["9"]]);
    await setProtection(sheet, true, "口令");
    const results: EditCheck[] = [];
    await watchEdits(sheet, (result) => results.push(result));
    const lost = results[0]?.findings.find((f) => f.code === "cell.formulaLost");
    const fix = lost && quickFixOf(lost);
    if (!fix) throw new Error("expected 恢复公式");
    const before = host.workbook.snapshot();
    const failure = await applyQuickFix(sheet, fix).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HostError);
    expect(hostErrorMessage(failure)).toContain("没有写入任何内容");
    expect(host.workbook.snapshot()).toEqual(before);
  });
});

async function setProtection(sheet: ReportSheet, on: boolean, password?: string): Promise<void> {
  await Excel.run(async (context) => {
    const protection = context.workbook.worksheets.getItem(sheet.tablesSheet).protection;
    if (on) protection.protect({ allowFormatColumns: true, allowFormatRows: true }, password);
    else protection.unprotect();
    await context.sync();
  });
}

async function edit(sheet: ReportSheet, address: string, values: unknown[][]): Promise<void> {
  expect(host.workbook.editFromUi(sheet.tablesSheet, address, values)).toEqual({ ok: true });
  await host.workbook.whenIdle();
}
