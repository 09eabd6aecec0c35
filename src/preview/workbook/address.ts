import { columnLetters } from "../../domain/layout/a1";
import { invalidArgument } from "./errors";

/** Excel's grid limits. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, 0-based and inclusive on both ends. */
export type Rect = { top: number; left: number; bottom: number; right: number };

/** The smallest rect holding `rect` (if any) and the cell at row, col. */
export function growRect(rect: Rect | undefined, row: number, col: number): Rect {
  return rect
    ? {
        top: Math.min(rect.top, row),
        left: Math.min(rect.left, col),
        bottom: Math.max(rect.bottom, row),
        right: Math.max(rect.right, col),
      }
    : { top: row, left: col, bottom: row, right: col };
}

const cellPattern = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const rowPattern = /^\$?(\d{1,7})$/;
const columnPattern = /^\$?([A-Za-z]{1,3})$/;

/** Converts column letters ("A", "XFD") to a 0-based index. */
export function columnIndexOf(letters: string): number {
  let index = 0;
  for (const ch of letters.toUpperCase()) index = index * 26 + (ch.charCodeAt(0) - 64);
  return index - 1;
}

/** Converts a 0-based column index to letters (the domain's A1 helper: one way to name a column). */
export { columnLetters };

type Corner = { row?: number; col?: number };

function parseCorner(text: string): Corner | undefined {
  const cell = cellPattern.exec(text);
  if (cell) return { col: columnIndexOf(cell[1] ?? ""), row: Number(cell[2]) - 1 };
  const row = rowPattern.exec(text);
  if (row) return { row: Number(row[1]) - 1 };
  const col = columnPattern.exec(text);
  if (col) return { col: columnIndexOf(col[1] ?? "") };
  return undefined;
}

/** Parses "B5", "B5:H9", "5:7" or "A:C" (optionally with $); returns undefined when Excel would reject it. */
export function tryParseAddress(address: string): Rect | undefined {
  const parts = address.trim().split(":");
  if (parts.length > 2 || parts[0] === "") return undefined;
  const first = parseCorner(parts[0] ?? "");
  const second = parts.length === 2 ? parseCorner(parts[1] ?? "") : first;
  if (!first || !second) return undefined;
  const kind = (c: Corner): string => (c.row === undefined ? "col" : c.col === undefined ? "row" : "cell");
  if (kind(first) !== kind(second) || (parts.length === 1 && kind(first) !== "cell")) return undefined;
  const top = Math.min(first.row ?? 0, second.row ?? 0);
  const bottom = first.row === undefined ? MAX_ROWS - 1 : Math.max(first.row, second.row ?? 0);
  const left = Math.min(first.col ?? 0, second.col ?? 0);
  const right = first.col === undefined ? MAX_COLUMNS - 1 : Math.max(first.col, second.col ?? 0);
  if (top < 0 || left < 0 || bottom >= MAX_ROWS || right >= MAX_COLUMNS) return undefined;
  return { top, left, bottom, right };
}

/** Parses an A1 address or throws InvalidArgument like Excel does at sync. */
export function parseAddress(address: string): Rect {
  const rect = tryParseAddress(address);
  if (!rect) throw invalidArgument(`bad address "${address}"`);
  return rect;
}

/** Formats a cell as "B5" (or "$B$5" when absolute). */
export function cellAddress(row: number, col: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(col)}${d}${row + 1}`;
}

/** Formats a rect the way Excel reports it: "B5", "B5:H9", "5:7" for whole rows, "A:C" for whole columns. */
export function formatRect(rect: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  const wholeRows = rect.left === 0 && rect.right === MAX_COLUMNS - 1;
  const wholeCols = rect.top === 0 && rect.bottom === MAX_ROWS - 1;
  if (wholeRows && !wholeCols) return `${d}${rect.top + 1}:${d}${rect.bottom + 1}`;
  if (wholeCols && !wholeRows) return `${d}${columnLetters(rect.left)}:${d}${columnLetters(rect.right)}`;
  const start = cellAddress(rect.top, rect.left, absolute);
  if (rect.top === rect.bottom && rect.left === rect.right) return start;
  return `${start}:${cellAddress(rect.bottom, rect.right, absolute)}`;
}

/** Quotes a sheet name for use in a reference when Excel would ('2024年报表'!A1). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** True when the two rects share at least one cell. */
export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** True when the cell lies inside the rect. */
export function containsCell(rect: Rect, row: number, col: number): boolean {
  return row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;
}

/** Number of rows and columns of a rect. */
export function sizeOf(rect: Rect): { rows: number; cols: number } {
  return { rows: rect.bottom - rect.top + 1, cols: rect.right - rect.left + 1 };
}

/** True when the rect spans every column, i.e. whole rows. */
export function isWholeRows(rect: Rect): boolean {
  return rect.left === 0 && rect.right === MAX_COLUMNS - 1;
}

/**
 * The cell part of an address on a given sheet: "B5" as it is, and "Sheet1!B5" or "'It''s'!B5" without the sheet's
 * name when that names this sheet (in any case, as Excel takes it); undefined when it names another sheet.
 */
export function addressOnSheet(address: string, sheetName: string): string | undefined {
  const bang = address.lastIndexOf("!");
  if (bang === -1) return address;
  const prefix = address
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  return prefix.toLowerCase() === sheetName.toLowerCase() ? address.slice(bang + 1) : undefined;
}
