import { intersects, sizeOf, type Rect } from "./address";
import { accessDenied, invalidArgument } from "./errors";
import { ensureCell, getCell, parseCellKey, pruneCell, type Cell, type SheetModel } from "./model";
import type { Session } from "./session";
import { parseInput } from "./text";

// Beyond this many cells (a whole column), only stored cells are visited; empty ones keep Excel's defaults.
const DENSE_LIMIT = 100_000;

/** Visits each cell of a rect; for huge rects visits stored cells plus one `undefined` standing for the rest. */
export function forEachCell(
  sheet: SheetModel,
  rect: Rect,
  visit: (cell: Cell | undefined, row: number, col: number) => void,
): void {
  const { rows, cols } = sizeOf(rect);
  if (rows * cols <= DENSE_LIMIT) {
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++) visit(getCell(sheet, r, c), r, c);
    return;
  }
  let stored = 0;
  for (const [key, cell] of sheet.cells) {
    const { row, col } = parseCellKey(key);
    if (row < rect.top || row > rect.bottom || col < rect.left || col > rect.right) continue;
    stored += 1;
    visit(cell, row, col);
  }
  if (stored < rows * cols) visit(undefined, -1, -1);
}

/** The common value of a property over a rect, or null when cells differ (Excel's answer for mixed formats). */
export function readUniform<T>(sheet: SheetModel, rect: Rect, read: (cell: Cell | undefined) => T): T | null {
  let first = true;
  let result: T | null = null;
  forEachCell(sheet, rect, (cell) => {
    const value = read(cell);
    if (first) result = value;
    else if (result !== value) result = null;
    first = false;
  });
  return result;
}

/** Changes every cell of a rect (stored cells only for huge rects), dropping cells left empty. */
export function updateCells(
  sheet: SheetModel,
  rect: Rect,
  update: (cell: Cell, row: number, col: number) => void,
): void {
  const { rows, cols } = sizeOf(rect);
  const positions: [number, number][] = [];
  if (rows * cols <= DENSE_LIMIT) {
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) positions.push([r, c]);
  } else {
    forEachCell(sheet, rect, (cell, r, c) => (cell ? positions.push([r, c]) : undefined));
  }
  for (const [r, c] of positions) {
    update(ensureCell(sheet, r, c), r, c);
    pruneCell(sheet, r, c);
  }
}

/** Rejects changes to locked cells of a protected sheet; `allowed` names the protection option that permits it. */
export function assertEditable(sheet: SheetModel, rect: Rect, allowed?: string): void {
  if (!sheet.protection.protected) return;
  if (allowed !== undefined) {
    if (sheet.protection.options[allowed] === true) return;
    throw accessDenied(sheet.name);
  }
  let unlocked = 0;
  forEachCell(sheet, rect, (cell) => (cell?.locked === false ? (unlocked += 1) : undefined));
  const { rows, cols } = sizeOf(rect);
  if (unlocked < rows * cols) throw accessDenied(sheet.name);
}

/** Expands a scalar to the rect's shape, or checks a 2-D array has exactly that shape (InvalidArgument otherwise). */
export function toMatrix(input: unknown, rect: Rect): unknown[][] {
  const { rows, cols } = sizeOf(rect);
  if (!Array.isArray(input)) return Array.from({ length: rows }, () => Array<unknown>(cols).fill(input));
  const matrix = input as unknown[];
  const fits = matrix.length === rows && matrix.every((line) => Array.isArray(line) && line.length === cols);
  if (!fits) {
    throw invalidArgument(
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  }
  return matrix as unknown[][];
}

/** Writes values or formulas (Excel reads both the same way: "=..." is a formula, "12" a number). */
export function writeInputs(session: Session, sheet: SheetModel, rect: Rect, input: unknown): void {
  const matrix = toMatrix(input, rect);
  assertEditable(sheet, rect);
  const single = rect.top === rect.bottom && rect.left === rect.right;
  const before = single ? (getCell(sheet, rect.top, rect.left)?.value ?? "") : undefined;
  updateCells(sheet, rect, (cell, r, c) => {
    const parsed = parseInput(matrix[r - rect.top]?.[c - rect.left], cell.numberFormat);
    cell.value = parsed.value;
    if (parsed.formula === undefined) delete cell.formula;
    else cell.formula = parsed.formula;
  });
  session.recordEdit(sheet, rect, "RangeEdited", before);
}

/** Removes merged areas that overlap a rect. */
export function unmergeIn(sheet: SheetModel, rect: Rect): void {
  sheet.merges = sheet.merges.filter((merge) => !intersects(merge, rect));
}
