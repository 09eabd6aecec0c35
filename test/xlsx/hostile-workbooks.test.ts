import { deflateSync, strToU8, zipSync } from "fflate";
import type { CellRef } from "../../src/domain";
import { readWorkbook, type WorkbookRead } from "../../src/files/xlsx/read-workbook";
import { readXlsxReport } from "../../src/files/xlsx/read-xlsx-report";
import { writeTemplate } from "../../src/files/xlsx/write-template";
import { addMerge, appendRows, declareSize, patchPart, templateWithFormula } from "./patch-xlsx";

// Workbooks built to hurt: each must give a report or a Chinese reason, within a generous time guard (a hang or a
// crash fails the test), and never expand or compute anything outside the report's own cells.

jest.setTimeout(60_000);

const TABLES = "xl/worksheets/sheet1.xml";
const natural: CellRef = { table: "applications", key: "newReceived.natural" };

const figure = (read: WorkbookRead, ref = natural) => read.reports[0]?.report.tables[ref.table][ref.key];
/** Raw rows of one formula cell each in column Z, from row `first` on. */
const formulaRows = (count: number, first: number, formulaOf: (row: number) => string): string =>
  Array.from(
    { length: count },
    (_, i) => `<row r="${first + i}"><c r="Z${first + i}"><f>${formulaOf(first + i)}</f></c></row>`,
  ).join("");

describe("hostile workbooks are read within bounds", () => {
  it("reads a report whose sheet has one merge over AA1:XFD1048576 (17 billion cells), expanding none of it", async () => {
    const buffer = patchPart(await writeTemplate({ year: 2025, body: "某局" }), TABLES, (xml) =>
      addMerge(xml, "AA1:XFD1048576"),
    );
    expect(buffer.length).toBeLessThan(20_000);
    const read = await readWorkbook(buffer);
    expect(read.problems).toEqual([]);
    expect(read.reports[0]?.foundBy).toBe("names");
  });

  it("sums =SUM(A1:XFD1048576) without a cached value over the sheet's used area only, meeting the cell itself", async () => {
    const read = await readWorkbook(await templateWithFormula(natural, "SUM(A1:XFD1048576)"));
    // The range holds the cell itself: a circular reference, as Excel would warn, and no figure read from it.
    expect(figure(read)).toBeUndefined();
    expect(read.reports[0]?.findings).toContainEqual(
      expect.objectContaining({ severity: "error", code: "cell.circularFormula", cells: [natural] }),
    );
  });

  it('shows =REPT("政",400000000) as #VALUE!, as Excel does past 32,767 characters, and reports it', async () => {
    const read = await readWorkbook(await templateWithFormula(natural, 'REPT("政",400000000)'));
    expect(read.reports[0]?.findings).toContainEqual(
      expect.objectContaining({ code: "cell.notNumber", cells: [natural], quote: "#VALUE!" }),
    );
  });

  it("works out a chain of 100,000 formulas one link at a time, without overflowing the stack", async () => {
    const base = await templateWithFormula(natural, "Z1001");
    const chain = formulaRows(100_000, 1001, (row) => (row < 101_000 ? `Z${row + 1}+1` : "1"));
    const read = await readWorkbook(patchPart(base, TABLES, (xml) => appendRows(xml, chain)));
    expect(figure(read)).toBe(100_000);
  });

  it("works out 10,000 uncached =1+1 with one parser", async () => {
    const base = await templateWithFormula(natural, "SUM(Z1001:Z11000)");
    const rows = formulaRows(10_000, 1001, () => "1+1");
    const read = await readWorkbook(patchPart(base, TABLES, (xml) => appendRows(xml, rows)));
    expect(figure(read)).toBe(20_000);
  });

  it("lists a figure whose formula's range is past the limit as unread, and says so, instead of guessing", async () => {
    // One far cell makes the used area the whole sheet, so the sum really would cover 17 billion cells.
    const base = await templateWithFormula(natural, "SUM(A1:XFD1048576)");
    const buffer = patchPart(base, TABLES, (xml) =>
      appendRows(xml, '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'),
    );
    const file = await readXlsxReport("范围.xlsx", buffer);
    expect(file).toMatchObject({ ok: true, unread: [natural] });
    expect(file.ok && file.notes).toContainEqual(expect.stringContaining("公式超出计算上限"));
  });
});

/** A workbook package whose one sheet is `sheet` (bytes), with the parts a reader needs around it. */
function packageWith(sheet: Uint8Array): Buffer {
  const files = {
    "xl/workbook.xml": strToU8('<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": strToU8(
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    "xl/worksheets/sheet1.xml": sheet,
  };
  return Buffer.from(zipSync(files));
}

describe("hostile packages are refused with a reason before they cost", () => {
  it("refuses a sheet that declares it inflates to 2 GB (a zip bomb) without inflating it", async () => {
    const sheet = strToU8("<worksheet><sheetData/></worksheet>");
    const buffer = declareSize(packageWith(sheet), "xl/worksheets/sheet1.xml", 2 ** 31);
    expect(await readXlsxReport("炸弹.xlsx", buffer)).toEqual({
      ok: false,
      file: "炸弹.xlsx",
      errors: [expect.stringContaining("工作簿过大")],
    });
  });

  it("stops inflating a sheet that grows past the size it declared, and says the sizes lie", async () => {
    const sheet = strToU8(`<worksheet><sheetData>${" ".repeat(5_000_000)}</sheetData></worksheet>`);
    const buffer = declareSize(packageWith(sheet), "xl/worksheets/sheet1.xml", 1_000);
    expect((await readWorkbook(buffer)).problems).toEqual([{ code: "workbook.sizeMismatch" }]);
  });

  it("refuses a sheet nested 100,000 deep as unreadable", async () => {
    const deep = strToU8(`<worksheet>${"<a>".repeat(100_000)}${"</a>".repeat(100_000)}</worksheet>`);
    expect((await readWorkbook(packageWith(deep))).problems).toEqual([{ code: "workbook.unreadable" }]);
  });

  it("refuses a workbook of more merged blocks than any report needs", async () => {
    const merges = Array.from({ length: 100_001 }, (_, i) => `<mergeCell ref="A${2 * i + 1}:A${2 * i + 2}"/>`);
    const sheet = `<worksheet><sheetData/><mergeCells>${merges.join("")}</mergeCells></worksheet>`;
    expect((await readWorkbook(packageWith(strToU8(sheet)))).problems).toEqual([{ code: "workbook.tooLarge" }]);
  });

  it("refuses a part whose stream is not deflate data as unreadable", async () => {
    const broken = zipSync({ "xl/workbook.xml": deflateSync(strToU8("<workbook/>")) }, { level: 0 });
    expect((await readWorkbook(broken)).problems).toEqual([{ code: "workbook.unreadable" }]);
  });
});
