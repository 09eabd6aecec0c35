import type { CellRef, SectionKey, TableId, ValueKind } from "../model";
import type { Extent } from "./header";

/**
 * One written cell of a sheet, 0-based. `role` says how the adapters style it: `title` (the report title),
 * `heading` (a table title, or a prose section title on the text sheet), `caption` (the 勾稽关系 note), `header`
 * (bordered header cells, including a sub-table's 第二十条 heading), `label` (row labels), `input` (a figure the
 * user types, or on the text sheet the prose: `ref` undefined) and `total` (a figure the sheet computes).
 */
export type SheetCell = {
  row: number;
  col: number;
  value?: string | number;
  /** An Excel formula with its leading "=", e.g. "=SUM(B5:G5)". */
  formula?: string;
  role: "title" | "caption" | "heading" | "header" | "label" | "input" | "total";
  ref?: CellRef;
  kind?: ValueKind;
};

/** A merged block, 0-based and inclusive; only its top-left cell is ever written. */
export type Merge = { top: number; left: number; bottom: number; right: number };

/** A workbook name for one input or total cell (`ref`), or for one prose cell of the text sheet (`section`). */
export type NamedCell = { name: string; address: string } & (
  { ref: CellRef; section?: undefined } | { section: SectionKey; ref?: undefined }
);

/** Everything an adapter needs to write a sheet: the same description for Office.js and for exceljs. */
export type SheetLayout = {
  cells: SheetCell[];
  merges: Merge[];
  /** Width of each column, in characters (Excel's unit: the width of a digit). */
  columnWidths: number[];
  /** Names keyed by the spec's stable keys, e.g. "nb_2025_applications_newReceived.natural" → "K12". */
  names: NamedCell[];
  /** The top rows and left columns that stay in view when the sheet scrolls (Excel's frozen panes). */
  frozen?: { rows: number; columns: number };
  /** Rows repeated at the top of every printed page. */
  printTitleRows?: { first: number; last: number };
  /** The rows of each table, from its title row to its last row of figures. */
  tables: { id: TableId; top: number; bottom: number }[];
};

/** Cells and merges as they are being placed, before totals, widths and names are worked out. */
export type SheetDraft = { cells: SheetCell[]; merges: Merge[] };

/** Write a cell covering a block: its content goes to the top-left, and a block of more than one cell is merged. */
export function place(draft: SheetDraft, block: Merge, content: Omit<SheetCell, "row" | "col">): void {
  draft.cells.push({ row: block.top, col: block.left, ...content });
  if (block.bottom > block.top || block.right > block.left) draft.merges.push(block);
}

/** The block covering some sheet rows and columns. */
export function blockOf(rows: Extent, cols: Extent): Merge {
  return { top: rows.start, left: cols.start, bottom: rows.start + rows.span - 1, right: cols.start + cols.span - 1 };
}
