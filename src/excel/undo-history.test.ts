import { draftNarrative, quickFixOf, zeroReport, type Finding } from "../domain";
import { BODY, addressIn, apps, cellAt, insertYear, typeFigure, withPreviewHost } from "./__fixtures__/preview-host";
import { applyQuickFix } from "./quick-fixes";
import { writeNarrative } from "./narrative";
import type { ReportSheet } from "./settings";
import { validateWorkbookReport } from "./validate";
import { watchEdits, type EditCheck } from "./watch-edits";

// Ctrl+Z stays the user's (Microsoft's page "Undo capabilities of Excel add-ins"): the add-in's checks add nothing
// to the undo history and clear nothing from it, and each action of the user's that writes is one step.

// Several inserted sheets per test, on a machine that may be busy.
jest.setTimeout(30_000);

const host = withPreviewHost();

const valueAt = (sheet: ReportSheet, key: string) =>
  cellAt(host.workbook, sheet.tablesSheet, addressIn(sheet, apps(key)))?.value;

async function watched(sheet: ReportSheet): Promise<EditCheck[]> {
  const results: EditCheck[] = [];
  await watchEdits(sheet, (result) => results.push(result));
  return results;
}

const balances = (findings: readonly Finding[] | undefined) =>
  findings?.filter((f) => f.code === "balance.mismatch").map((f) => f.cells[0]?.key);

describe("the user's undo history", () => {
  it("after an edit's check, Ctrl+Z takes the typed figure back, and the list follows", async () => {
    const sheet = await insertYear(2025);
    const results = await watched(sheet);
    await typeFigure(host.workbook, sheet, "newReceived.natural", "5");
    expect(balances(results.at(-1)?.findings)).toEqual(["newReceived.natural"]);
    expect(host.workbook.undoFromUi()).toBe(true);
    await host.workbook.whenIdle();
    expect(valueAt(sheet, "newReceived.natural")).toBe("");
    expect(balances(results.at(-1)?.findings)).toEqual([]);
  });

  it("after 一键校验, Ctrl+Z still takes the typed figure back", async () => {
    const sheet = await insertYear(2025);
    await watched(sheet);
    await typeFigure(host.workbook, sheet, "newReceived.natural", "5");
    const depth = host.workbook.undoStack.depth;
    await validateWorkbookReport(sheet);
    expect(host.workbook.undoStack.depth).toBe(depth);
    expect(host.workbook.undoFromUi()).toBe(true);
    expect(valueAt(sheet, "newReceived.natural")).toBe("");
  });

  it("a quick fix is one step: one Ctrl+Z undoes the whole fix, and the figure typed before it stays", async () => {
    const sheet = await insertYear(2025);
    await watched(sheet);
    await typeFigure(host.workbook, sheet, "newReceived.natural", "2");
    const blank = (await validateWorkbookReport(sheet)).findings.find(
      (f) => f.code === "cell.blank" && f.cells[0]?.table === "applications",
    );
    const fix = blank && quickFixOf(blank);
    if (!fix) throw new Error("expected 空白处填 0");
    await applyQuickFix(sheet, fix);
    await host.workbook.whenIdle();
    expect([valueAt(sheet, "newReceived.commercial"), valueAt(sheet, "carriedOut.otherOrg")]).toEqual([0, 0]);
    expect(host.workbook.undoFromUi()).toBe(true);
    expect([valueAt(sheet, "newReceived.commercial"), valueAt(sheet, "carriedOut.otherOrg")]).toEqual(["", ""]);
    expect(valueAt(sheet, "newReceived.natural")).toBe(2);
  });

  it("恢复公式 is one step, undone by one Ctrl+Z", async () => {
    const sheet = await insertYear(2025);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet.tablesSheet).protection.unprotect();
      await context.sync();
    });
    const results = await watched(sheet);
    await typeFigure(host.workbook, sheet, "newReceived.total", "9");
    const lost = results.at(-1)?.findings.find((f) => f.code === "cell.formulaLost");
    const fix = lost && quickFixOf(lost);
    if (!fix) throw new Error("expected 恢复公式");
    await applyQuickFix(sheet, fix);
    const total = () => cellAt(host.workbook, sheet.tablesSheet, addressIn(sheet, apps("newReceived.total")));
    expect(total()?.formula).toBe("=SUM(D23:I23)");
    expect(host.workbook.undoFromUi()).toBe(true);
    expect(total()).toMatchObject({ value: 9 });
    expect(total()?.formula).toBeUndefined();
  });

  it("drafting the prose is one step", async () => {
    const sheet = await insertYear(2025);
    const depth = host.workbook.undoStack.depth;
    await writeNarrative(sheet, draftNarrative(zeroReport("2021", 2025, BODY)), { replace: false });
    expect(host.workbook.undoStack.depth).toBe(depth + 1);
    expect(host.workbook.undoFromUi()).toBe(true);
    const prose = host.workbook.snapshot().sheets.find((s) => s.name === sheet.textSheet);
    expect(prose?.cells.filter((c) => typeof c.value === "string" && c.value.includes("2026年"))).toEqual([]);
  });
});
