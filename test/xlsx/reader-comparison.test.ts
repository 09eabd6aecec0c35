import { readWorkbook } from "../../src/files/xlsx/read-workbook";
import { readWorkbookNow } from "../../src/files/xlsx/read-workbook";
import type { SheetView } from "../../src/files/xlsx/shown-values";
import { readWorkbookWithExceljs } from "./exceljs-reader";
import { testWorkbooks } from "./test-workbooks";

// The streaming reader against the exceljs reader it replaced, over every kind of workbook the tests build: the
// same reports, findings and problems, and every sheet showing the same thing in every cell around its content.

jest.setTimeout(60_000);

let workbooks: [string, Buffer][] = [];
beforeAll(async () => {
  workbooks = await testWorkbooks();
});

/** What a sheet shows over its content and a margin: enough to cover every label and figure of a report. */
function shownGrid(view: SheetView | undefined): unknown[][] {
  const rows = 110;
  const cols = 45;
  return Array.from({ length: rows }, (_, row) => Array.from({ length: cols }, (_, col) => view?.shownAt(row, col)));
}

describe("the streaming .xlsx reader reads every test workbook as the exceljs reader did", () => {
  it("covers at least eighteen kinds of workbook", () => {
    expect(workbooks.length).toBeGreaterThanOrEqual(18);
  });

  it("gives the same reports, findings and problems for each", async () => {
    for (const [name, buffer] of workbooks) {
      const before = (await readWorkbookWithExceljs(buffer)).read;
      expect({ name, read: await readWorkbook(buffer) }).toEqual({ name, read: before });
    }
  });

  it("shows the same value in every cell, and finds the same text cells and merged blocks", async () => {
    for (const [name, buffer] of workbooks) {
      const { views: before } = await readWorkbookWithExceljs(buffer);
      const after = new Map<string, SheetView>();
      // The views the new reader builds, read through the same entry point as reports are.
      readWorkbookNow(buffer, (views) => views.forEach((view, sheet) => after.set(sheet, view)));
      expect({ name, sheets: [...after.keys()] }).toEqual({ name, sheets: [...before.keys()] });
      for (const [sheet, view] of before) {
        expect({ name, sheet, texts: after.get(sheet)?.texts }).toEqual({ name, sheet, texts: view.texts });
        expect({ name, sheet, grid: shownGrid(after.get(sheet)) }).toEqual({ name, sheet, grid: shownGrid(view) });
      }
    }
  });
});
