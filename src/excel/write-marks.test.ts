import { conditionalFormatRules, formats, layoutTablesSheet, markStyles, type CellRef } from "../domain";
import { addressIn, apps, insertYear, withPreviewHost } from "./__fixtures__/preview-host";
import type { ReportSheet } from "./settings";

// The marks written at insertion are the workbook's own: the preview paints them from the figures as Excel would, so
// each rule's formula is proved true on wrong figures and false on right ones, with no add-in code running after the
// insertion. (LibreOffice paints the same rules from the .xlsx template: test/xlsx/conditional-formats.test.ts.)

const host = withPreviewHost();
const RED = markStyles.error.fill;
const AMBER = markStyles.warning.fill;
const disclosure = (key: string): CellRef => ({ table: "disclosure", key });

/** The cells of a sheet its conditional formats paint now, address → fill. */
function painted(sheet: ReportSheet): Record<string, string | undefined> {
  const cells = host.workbook.snapshot().sheets.find((s) => s.name === sheet.tablesSheet)?.cells ?? [];
  return Object.fromEntries(cells.filter((c) => c.conditional).map((c) => [c.address, c.conditional?.fill]));
}

/** Cells painted in one fill, by address. */
const all = (fill: string, addresses: readonly string[]) => Object.fromEntries(addresses.map((a) => [a, fill]));

function type(sheet: ReportSheet, ref: CellRef, value: string): void {
  expect(host.workbook.editFromUi(sheet.tablesSheet, addressIn(sheet, ref), [[value]])).toEqual({ ok: true });
}

/** A paste: as in Excel, it is not refused by the cell's validation, so text and negative figures get in. */
function paste(sheet: ReportSheet, ref: CellRef, value: string | number): void {
  expect(host.workbook.pasteFromUi(sheet.tablesSheet, addressIn(sheet, ref), [[value]])).toEqual({ ok: true });
}

/** The four cells of a column of table 三 that its caption's balance reads. */
const balanceCells = (sheet: ReportSheet, column: string): string[] =>
  ["newReceived", "carriedIn", "resultTotal", "carriedOut"].map((row) => addressIn(sheet, apps(`${row}.${column}`)));

describe("the marks written at insertion", () => {
  it("are the domain's rules for the sheet, with last year's sheet when it is in the workbook", async () => {
    const last = await insertYear(2024);
    const sheet = await insertYear(2025);
    const written = host.workbook.snapshot().sheets.find((s) => s.name === sheet.tablesSheet)?.conditionalFormats;
    const layout = (year: number) => layoutTablesSheet(formats["2021"], year, sheet.body);
    const rules = conditionalFormatRules(formats["2021"], layout(2025), {
      sheetName: last.tablesSheet,
      layout: layout(2024),
    });
    // Added last first, each at the top (as Excel adds them), so the sheet's list is in the rules' order.
    expect(written?.map((cf) => [cf.address, (cf.props.custom as { rule: { formula: string } }).rule.formula])).toEqual(
      rules.map((rule) => [rule.range, rule.formula]),
    );
    expect(Object.keys(painted(sheet))).toEqual([]);
  });

  it("paint the 三 balance of a column, and clear when it holds again", async () => {
    const sheet = await insertYear(2025);
    type(sheet, apps("newReceived.natural"), "5");
    expect(painted(sheet)).toEqual(all(RED, [...balanceCells(sheet, "natural"), ...balanceCells(sheet, "total")]));
    type(sheet, apps("carriedOut.natural"), "5");
    expect(painted(sheet)).toEqual({});
  });

  it("paint text, negative and fractional counts, and nothing for the same cell put right", async () => {
    const sheet = await insertYear(2025);
    const cell = disclosure("licensing.decisions");
    for (const wrong of ["5件", -1, 1.5]) {
      paste(sheet, cell, wrong);
      expect([wrong, painted(sheet)]).toEqual([wrong, { [addressIn(sheet, cell)]: RED }]);
    }
    paste(sheet, cell, 5);
    expect(painted(sheet)).toEqual({});
  });

  it("paint a total typed over, even with the right figure", async () => {
    const sheet = await insertYear(2025);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet.tablesSheet).protection.unprotect();
      await context.sync();
    });
    const total = { table: "appeals", key: "review.total" } as const;
    type(sheet, total, "0");
    expect(painted(sheet)).toEqual({ [addressIn(sheet, total)]: RED });
  });

  it("paint 上年结转 against last year's 结转下年度 on last year's sheet", async () => {
    const last = await insertYear(2024);
    const sheet = await insertYear(2025);
    type(sheet, apps("carriedIn.natural"), "3");
    type(sheet, apps("carriedOut.natural"), "3");
    // The 总计 column's 上年结转 (a total) no longer matches last year's either.
    const carriedIn = ["natural", "total"].map((column) => addressIn(sheet, apps(`carriedIn.${column}`)));
    expect(painted(sheet)).toEqual(all(RED, carriedIn));
    type(last, apps("carriedOut.natural"), "3");
    expect(painted(sheet)).toEqual({});
  });

  it("paint 现行有效件数 against last year's in amber, and clear once 制发 and 废止 explain it", async () => {
    const last = await insertYear(2024);
    const sheet = await insertYear(2025);
    type(last, disclosure("rules.inForce"), "9");
    type(sheet, disclosure("rules.inForce"), "7");
    const line = ["issued", "repealed", "inForce"].map((key) => addressIn(sheet, disclosure(`rules.${key}`)));
    expect(painted(sheet)).toEqual(all(AMBER, line));
    type(sheet, disclosure("rules.issued"), "1");
    type(sheet, disclosure("rules.repealed"), "3");
    expect(painted(sheet)).toEqual({});
  });

  it("paint 对外公开总数量 below 本年新公开数量, and 上一年项目数量 against last year, in the 2019 format", async () => {
    const last = await insertYear(2019);
    const sheet = await insertYear(2020);
    type(sheet, disclosure("rules.published"), "5");
    type(sheet, disclosure("rules.totalPublic"), "4");
    const pair = ["published", "totalPublic"].map((key) => addressIn(sheet, disclosure(`rules.${key}`)));
    expect(painted(sheet)).toEqual(all(AMBER, pair));
    type(sheet, disclosure("rules.totalPublic"), "6");
    expect(painted(sheet)).toEqual({});
    type(last, disclosure("licensing.lastYearItems"), "4");
    type(last, disclosure("licensing.change"), "-1");
    const items = addressIn(sheet, disclosure("licensing.lastYearItems"));
    expect(painted(sheet)).toEqual({ [items]: AMBER });
    type(sheet, disclosure("licensing.lastYearItems"), "3");
    expect(painted(sheet)).toEqual({});
  });
});
