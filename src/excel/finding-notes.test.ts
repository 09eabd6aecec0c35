import type { ReportSheet } from "./settings";
import { addressIn, apps, cellAt, insertYear, withPreviewHost } from "./__fixtures__/preview-host";
import { NOTE_MARK } from "./strings.zh-CN";
import { ERROR_FILL } from "./template-style";
import { validateWorkbookReport } from "./validate";

const host = withPreviewHost();

const filledCells = (sheet: ReportSheet): string[] =>
  (host.workbook.snapshot().sheets.find((s) => s.name === sheet.tablesSheet)?.cells ?? [])
    .filter((c) => c.format.fill === ERROR_FILL)
    .map((c) => c.address);

const notesOf = (sheet: ReportSheet): Record<string, string> =>
  Object.fromEntries(
    (host.workbook.snapshot().sheets.find((s) => s.name === sheet.tablesSheet)?.notes ?? []).map((n) => [
      n.address,
      n.content,
    ]),
  );

/** Types a figure that breaks 新收政府信息公开申请数量 = 办理结果 (总计) for 自然人. */
function breakBalance(sheet: ReportSheet, rowsAbove = 0): void {
  host.workbook.editFromUi(sheet.tablesSheet, addressIn(sheet, apps("newReceived.natural"), rowsAbove), [["5"]]);
}

async function addPersonalNote(sheet: ReportSheet, address: string, content: string): Promise<void> {
  await Excel.run(async (context) => {
    const tables = context.workbook.worksheets.getItem(sheet.tablesSheet);
    tables.protection.unprotect();
    tables.notes.add(address, content);
    tables.protection.protect();
    await context.sync();
  });
}

describe("notes on the cells of findings", () => {
  it("puts the finding's text in a note on each marked cell and removes it once the figures are fixed", async () => {
    const sheet = await insertYear(2025);
    breakBalance(sheet);
    host.workbook.resetStats();
    await validateWorkbookReport(sheet);
    expect(host.workbook.stats.runs.map((run) => run.syncs)).toEqual([2]);
    const natural = addressIn(sheet, apps("newReceived.natural"));
    const total = addressIn(sheet, apps("resultTotal.natural"));
    const notes = notesOf(sheet);
    expect(Object.keys(notes).sort()).toEqual(filledCells(sheet).sort());
    expect(Object.keys(notes)).toEqual(expect.arrayContaining([natural, total]));
    expect(notes[natural]?.split("\n")[0]).toBe(NOTE_MARK);
    expect(notes[natural]).toContain("自然人");

    host.workbook.editFromUi(sheet.tablesSheet, addressIn(sheet, apps("disclosed.natural")), [["5"]]);
    await validateWorkbookReport(sheet);
    expect(notesOf(sheet)).toEqual({});
  });

  it("never changes or removes a note a person wrote, and adds none beside it", async () => {
    const sheet = await insertYear(2025);
    const natural = addressIn(sheet, apps("newReceived.natural"));
    const elsewhere = addressIn(sheet, apps("carriedOut.legal"));
    await addPersonalNote(sheet, natural, "含 2 件转办件");
    await addPersonalNote(sheet, elsewhere, "待科室确认");
    breakBalance(sheet);
    await validateWorkbookReport(sheet);
    const marked = notesOf(sheet);
    expect([marked[natural], marked[elsewhere]]).toEqual(["含 2 件转办件", "待科室确认"]);
    expect(marked[addressIn(sheet, apps("resultTotal.natural"))]?.startsWith(NOTE_MARK)).toBe(true);

    host.workbook.editFromUi(sheet.tablesSheet, addressIn(sheet, apps("disclosed.natural")), [["5"]]);
    await validateWorkbookReport(sheet);
    expect(notesOf(sheet)).toEqual({ [natural]: "含 2 件转办件", [elsewhere]: "待科室确认" });
  });

  it("follows the cells when rows are inserted above the tables, leaving no note behind", async () => {
    const sheet = await insertYear(2025);
    breakBalance(sheet);
    await validateWorkbookReport(sheet);
    await Excel.run(async (context) => {
      const tables = context.workbook.worksheets.getItem(sheet.tablesSheet);
      tables.protection.unprotect();
      tables.getRange("2:3").insert("Down");
      await context.sync();
    });
    host.workbook.editFromUi(sheet.tablesSheet, addressIn(sheet, apps("disclosed.natural"), 2), [["5"]]);
    breakBalance(sheet, 2);
    host.workbook.editFromUi(sheet.tablesSheet, addressIn(sheet, apps("newReceived.legal"), 2), [["3"]]);
    // The first check after the move finds the cells elsewhere: it clears the old notes; the next one writes anew.
    await validateWorkbookReport(sheet);
    await validateWorkbookReport(sheet);
    const legal = addressIn(sheet, apps("newReceived.legal"), 2);
    const notes = Object.keys(notesOf(sheet)).sort();
    expect(notes).toEqual(filledCells(sheet).sort());
    expect(notes).toContain(legal);
    expect(notes).not.toContain(addressIn(sheet, apps("newReceived.natural"), 2));
  });

  it("marks with fills alone where Excel has no notes (before ExcelApi 1.18)", async () => {
    const sheet = await insertYear(2025);
    const requirements = Office.context.requirements;
    const isSetSupported = requirements.isSetSupported.bind(requirements);
    requirements.isSetSupported = (name: string, version?: string | number) =>
      version !== "1.18" && isSetSupported(name, version as string | undefined);
    try {
      breakBalance(sheet);
      await validateWorkbookReport(sheet);
    } finally {
      requirements.isSetSupported = isSetSupported;
    }
    const natural = addressIn(sheet, apps("newReceived.natural"));
    expect([notesOf(sheet), cellAt(host.workbook, sheet.tablesSheet, natural)?.format.fill]).toEqual([{}, ERROR_FILL]);
  });
});
