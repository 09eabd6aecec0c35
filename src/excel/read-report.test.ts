import { addressIn, apps, insertYear, withPreviewHost } from "./__fixtures__/preview-host";
import { readPreviousReport, readReport } from "./read-report";
import { findReportSheets } from "./report-sheets";

const host = withPreviewHost();

describe("reading a report back from the workbook", () => {
  it("reads figures typed into the sheet, and the totals its formulas compute, in one sync", async () => {
    const sheet = await insertYear(2025);
    const edit = (key: string, value: string): unknown =>
      host.workbook.editFromUi(sheet.tablesSheet, addressIn(sheet, apps(key)), [[value]]);
    edit("newReceived.natural", "3");
    edit("newReceived.commercial", "2");
    host.workbook.resetStats();
    const { report, findings } = await readReport(sheet);
    expect(host.workbook.stats.totals).toMatchObject({ runs: 1, syncs: 1 });
    const keys = ["newReceived.natural", "newReceived.commercial", "newReceived.research", "newReceived.total"];
    expect(keys.map((key) => report.tables.applications[key])).toEqual([3, 2, undefined, 5]);
    // Totals are formulas: Excel shows 0 for an empty row, so they read as 0, never blank.
    expect(report.tables.applications["resultTotal.total"]).toBe(0);
    expect(findings).toEqual([]);
  });

  it("reads a figure typed with its unit as the text it is to Excel: 0 in every sum, and the number it stands for", async () => {
    const sheet = await insertYear(2025);
    const address = addressIn(sheet, apps("carriedOut.legal"));
    // A paste skips data validation; the add-in writes the same way.
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet.tablesSheet).getRange(address).values = [["999件"]];
      await context.sync();
    });
    const { report, findings } = await readReport(sheet);
    expect(report.tables.applications["carriedOut.legal"]).toBe(0);
    expect(report.tables.applications["carriedOut.total"]).toBe(0);
    expect(findings).toEqual([
      expect.objectContaining({ code: "cell.text", cells: [apps("carriedOut.legal")], quote: "999件", expected: 999 }),
    ]);
  });

  it("reads the prose of the text sheet", async () => {
    const sheet = await insertYear(2025);
    host.workbook.editFromUi(sheet.textSheet, "A5", [["本年度存在的主要问题是……"]]);
    expect((await readReport(sheet)).report.text).toEqual({ problems: "本年度存在的主要问题是……" });
  });

  it("follows the cells when rows are inserted above the tables", async () => {
    const sheet = await insertYear(2025);
    await Excel.run(async (context) => {
      const tables = context.workbook.worksheets.getItem(sheet.tablesSheet);
      tables.protection.unprotect();
      tables.getRange("1:3").insert("Down");
      await context.sync();
    });
    host.workbook.editFromUi(sheet.tablesSheet, addressIn(sheet, apps("carriedIn.natural"), 3), [["6"]]);
    const { report } = await readReport(sheet);
    expect([report.tables.applications["carriedIn.natural"], report.tables.applications["carriedIn.total"]]).toEqual([
      6, 6,
    ]);
  });

  it("finds the reports of the workbook, and last year's report for this year", async () => {
    const previous = await insertYear(2024);
    await insertYear(2025);
    host.workbook.editFromUi(previous.tablesSheet, addressIn(previous, apps("carriedOut.natural")), [["4"]]);
    expect((await findReportSheets()).map((s) => [s.year, s.format, s.tablesSheet])).toEqual([
      [2024, "2021", "2024年报表"],
      [2025, "2021", "2025年报表"],
    ]);
    host.workbook.resetStats();
    const last = await readPreviousReport(2025);
    expect(host.workbook.stats.totals).toMatchObject({ runs: 1, syncs: 1 });
    expect(last?.tables.applications["carriedOut.natural"]).toBe(4);
    expect(await readPreviousReport(2024)).toBeUndefined();
  });

  it("finds a report whose sheets were renamed, through its cell names, and reads it there", async () => {
    const sheet = await insertYear(2025);
    host.workbook.editFromUi(sheet.tablesSheet, addressIn(sheet, apps("carriedOut.natural")), [["4"]]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet.tablesSheet).name = "本局报表（定稿）";
      context.workbook.worksheets.getItem(sheet.textSheet).name = "文字部分";
      await context.sync();
    });
    const [found] = await findReportSheets();
    expect([found?.tablesSheet, found?.textSheet]).toEqual(["本局报表（定稿）", "文字部分"]);
    expect((await readPreviousReport(2026))?.tables.applications["carriedOut.natural"]).toBe(4);
  });

  it("forgets a report whose sheet was deleted", async () => {
    const sheet = await insertYear(2025);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet.tablesSheet).delete();
      await context.sync();
    });
    expect(await findReportSheets()).toEqual([]);
    expect(await readPreviousReport(2026)).toBeUndefined();
  });
});
