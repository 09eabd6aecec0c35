import type { Rect } from "../workbook/address";
import type { SheetSnapshot } from "../workbook/snapshot";
import { layoutSheet, moveSelection, type ArrowKey } from "./sheet-layout";

function sheetWith(parts: Partial<SheetSnapshot>): SheetSnapshot {
  return {
    id: "{S1}",
    name: "Sheet1",
    position: 0,
    cells: [],
    merges: [],
    validations: [],
    conditionalFormats: [],
    notes: [],
    protection: { protected: false, options: {} },
    pageLayout: { paperSize: "Letter", orientation: "Portrait" },
    frozen: { rows: 0, columns: 0 },
    columnWidths: {},
    rowHeights: {},
    defaultColumnWidth: 48,
    defaultRowHeight: 15,
    ...parts,
  };
}

function cellAt(row: number, col: number, address: string, text: string): SheetSnapshot["cells"][number] {
  return { row, col, address, value: text, text, numberFormat: "General", format: {}, locked: true };
}

describe("layoutSheet", () => {
  it("shows a screenful of empty cells for an empty sheet", () => {
    const layout = layoutSheet(sheetWith({}));
    expect([layout.rowCount, layout.colCount]).toEqual([30, 12]);
    expect(layout.columnLetters.slice(0, 3)).toEqual(["A", "B", "C"]);
  });

  it("grows past the used range so the last rows and columns are reachable", () => {
    const layout = layoutSheet(sheetWith({ cells: [cellAt(49, 19, "T50", "x")] }));
    expect([layout.rowCount, layout.colCount]).toEqual([53, 23]);
  });

  it("draws a merged title as one cell spanning its rows and columns, hiding the cells under it", () => {
    const layout = layoutSheet(sheetWith({ merges: ["A1:D2"], cells: [cellAt(0, 0, "A1", "政府信息公开情况")] }));
    const title = layout.rows[0]?.[0];
    expect(title).toMatchObject({ address: "A1", rowSpan: 2, colSpan: 4 });
    expect(title?.cell?.text).toBe("政府信息公开情况");
    expect(layout.rows[0]?.map((c) => c.address).slice(0, 2)).toEqual(["A1", "E1"]);
    expect(layout.rows[1]?.[0]?.address).toBe("E2");
  });

  it.each([
    ["a set width of 96 pt as 128 px", { 1: 96 }, 1, 128],
    ["the default 48 pt as 64 px", {}, 0, 64],
  ])("sizes columns in pixels: %s", (_case, columnWidths, col, px) => {
    expect(layoutSheet(sheetWith({ columnWidths })).columnWidthsPx[col]).toBe(px);
  });
});

describe("moveSelection", () => {
  const layout = layoutSheet(sheetWith({ merges: ["B2:C3"] }));
  const cell = (row: number, col: number) => ({ top: row, left: col, bottom: row, right: col });
  it.each<[string, { row: number; col: number }, ArrowKey, Rect]>([
    ["down one row", { row: 0, col: 0 }, "ArrowDown", cell(1, 0)],
    ["not above the first row", { row: 0, col: 0 }, "ArrowUp", cell(0, 0)],
    ["not left of column A", { row: 4, col: 0 }, "ArrowLeft", cell(4, 0)],
    ["not past the last drawn column", { row: 0, col: 11 }, "ArrowRight", cell(0, 11)],
    [
      "into a merged area, selecting all of it",
      { row: 1, col: 0 },
      "ArrowRight",
      { top: 1, left: 1, bottom: 2, right: 2 },
    ],
    ["out of a merged area past its far edge", { row: 1, col: 1 }, "ArrowRight", cell(1, 3)],
    ["down out of a merged area past its bottom", { row: 1, col: 1 }, "ArrowDown", cell(3, 1)],
  ])("moves %s", (_case, from, key, expected) => {
    expect(moveSelection(layout, from, key)).toEqual(expected);
  });
});
