import { quickFixOf } from "../domain";
import {
  addressIn,
  apps,
  cellAt,
  insertYear,
  typeFigure,
  watchFromNow,
  withPreviewHost,
} from "./__fixtures__/preview-host";
import { applyQuickFix } from "./quick-fixes";
import { validateWorkbookReport } from "./validate";
import type { EditCheck } from "./watch-edits";

// What real Excel does that the add-in must live with (learn.microsoft.com: Excel.WorksheetChangedEventArgs, "Delay
// execution while a cell is being edited"; the office-js issues on missed onChanged events): coauthors' edits
// (source "Remote"), edits that raise no event, hosts below ExcelApi 1.14 without triggerSource, and cell-edit mode.

// Several inserted sheets per test, on a machine that may be busy.
jest.setTimeout(30_000);

const host = withPreviewHost();

const balances = (result: { findings: EditCheck["findings"] } | undefined) =>
  result?.findings.filter((f) => f.code === "balance.mismatch").map((f) => f.cells[0]?.key);

describe("a coauthor's edit (source Remote)", () => {
  it("refreshes the list and writes nothing", async () => {
    const sheet = await insertYear(2025);
    const { results } = await watchFromNow(sheet);
    host.workbook.resetStats();
    host.workbook.events.sendNextAsRemote(1);
    await typeFigure(host.workbook, sheet, "newReceived.natural", "5");
    expect(balances(results[0])).toEqual(["newReceived.natural"]);
    expect(host.workbook.stats.totals.writes).toBe(0);
  });
});

describe("an edit Excel sends no event for", () => {
  it("is in the list once a report sheet is activated, and in 一键校验's answer", async () => {
    const sheet = await insertYear(2025);
    const { results } = await watchFromNow(sheet);
    host.workbook.events.dropNext(1);
    await typeFigure(host.workbook, sheet, "newReceived.natural", "5");
    expect(results).toEqual([]);
    expect(balances(await validateWorkbookReport(sheet))).toEqual(["newReceived.natural"]);
    host.workbook.selectFromUi(sheet.textSheet, "A1");
    await host.workbook.whenIdle();
    expect(balances(results.at(-1))).toEqual(["newReceived.natural"]);
  });
});

describe("a host at ExcelApi 1.8 (no triggerSource, no undo grouping)", () => {
  it("checks edits and applies a quick fix, its own write costing one more read and nothing else", async () => {
    host.workbook.apiLevel = 8;
    const sheet = await insertYear(2025);
    const { results, errors } = await watchFromNow(sheet);
    await typeFigure(host.workbook, sheet, "newReceived.natural", "2");
    expect(balances(results.at(-1))).toEqual(["newReceived.natural"]);
    const blank = (await validateWorkbookReport(sheet)).findings.find(
      (f) => f.code === "cell.blank" && f.cells[0]?.table === "applications",
    );
    const fix = blank && quickFixOf(blank);
    if (!fix) throw new Error("expected 空白处填 0");
    host.workbook.resetStats();
    await applyQuickFix(sheet, fix);
    await host.workbook.whenIdle();
    expect(errors).toEqual([]);
    expect(cellAt(host.workbook, sheet.tablesSheet, addressIn(sheet, apps("newReceived.legal")))?.value).toBe(0);
    // The fix's run, then the watcher's read of the event the fix raised (nothing tells it the write was its own).
    expect(host.workbook.stats.runs.map(({ syncs }) => syncs)).toEqual([2, 1]);
    expect(host.workbook.stats.runs[1]?.writes).toBe(0);
  });
});

describe("cell-edit mode", () => {
  it("makes 一键校验 and a quick fix wait for the edit to end instead of failing", async () => {
    const sheet = await insertYear(2025);
    await typeFigure(host.workbook, sheet, "newReceived.natural", "2");
    host.workbook.beginCellEditFromUi();
    const validation = validateWorkbookReport(sheet);
    let answered = false;
    void validation.then(() => (answered = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered).toBe(false);
    host.workbook.endCellEditFromUi();
    const { findings } = await validation;
    const blank = findings.find((f) => f.code === "cell.blank" && f.cells[0]?.table === "applications");
    const fix = blank && quickFixOf(blank);
    if (!fix) throw new Error("expected 空白处填 0");
    host.workbook.beginCellEditFromUi();
    const fixing = applyQuickFix(sheet, fix);
    await new Promise((resolve) => setTimeout(resolve, 20));
    host.workbook.endCellEditFromUi();
    const fixed = await fixing;
    expect(fixed.findings.filter((f) => f.code === "cell.blank" && f.cells[0]?.table === "applications")).toEqual([]);
    expect(cellAt(host.workbook, sheet.tablesSheet, addressIn(sheet, apps("newReceived.legal")))?.value).toBe(0);
  });

  it("makes an edit's check wait too: typing in one cell while another edit is checked fails nothing", async () => {
    const sheet = await insertYear(2025);
    const { results, errors } = await watchFromNow(sheet);
    host.workbook.editFromUi(sheet.tablesSheet, addressIn(sheet, apps("newReceived.natural")), [["5"]]);
    host.workbook.beginCellEditFromUi();
    // Long enough for the check to reach Excel while the cell editor is open.
    await new Promise((resolve) => setTimeout(resolve, 100));
    host.workbook.endCellEditFromUi();
    await host.workbook.whenIdle();
    expect(errors).toEqual([]);
    expect(balances(results.at(-1))).toEqual(["newReceived.natural"]);
  });
});
