import { cellAddress, columnLetters, containsCell, MAX_COLUMNS, tryParseAddress, type Rect } from "../workbook/address";
import type { CellSnapshot, SheetSnapshot } from "../workbook/snapshot";
import { linesOf, type CellLines } from "./cell-lines";
import { fitRowText, type TextMeasure } from "./text-spill";

/** One drawn cell: the snapshot (or an empty cell) plus how many rows and columns it spans. */
export type LaidCell = {
  row: number;
  col: number;
  address: string;
  rowSpan: number;
  colSpan: number;
  cell: CellSnapshot | undefined;
  /** The border lines the cell draws on its own edges. */
  lines: CellLines;
  /** What the cell shows: its text, or #### for a number too wide for it. */
  shown: string;
  /** How wide its text draws when it runs on over the empty cells to its right, in pixels; 0 when it does not. */
  spillPx: number;
};

/** A sheet as the grid draws it: a window of rows and columns, cells hidden under merges left out. */
export type SheetLayout = {
  rowCount: number;
  colCount: number;
  columnLetters: string[];
  columnWidthsPx: number[];
  rowHeightsPx: number[];
  rows: LaidCell[][];
  merges: Rect[];
  /**
   * The frozen panes as the grid keeps them in place: each frozen row's distance from the top of the grid and each
   * frozen column's from its left (under the column letters and beside the row numbers), in pixels.
   */
  frozen: { topPx: number[]; leftPx: number[] };
};

/** The height of the row of column letters and the width of the column of row numbers, in pixels. */
export const HEADER_ROW_PX = 22;
export const HEADER_COLUMN_PX = 40;

/** Running offsets: where each of the first `count` sizes starts, from `start`. */
function offsets(start: number, sizes: readonly number[], count: number): number[] {
  const out: number[] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    out.push(at);
    at += sizes[i] ?? 0;
  }
  return out;
}

// Always show at least a screenful of cells, and a few empty ones past the used range, as a spreadsheet does.
const MIN_ROWS = 30;
const MIN_COLS = 12;
const MARGIN = 3;
// Excel sizes columns and rows in points; the page draws in CSS pixels (96 dpi over 72 points per inch).
const PX_PER_POINT = 96 / 72;

/**
 * Lays out a sheet snapshot for drawing: the used range plus a margin, merged cells spanning rows and columns, and
 * (given a way to measure text) values fitted to their cells as Excel shows them (text-spill.ts).
 */
export function layoutSheet(sheet: SheetSnapshot, measure?: TextMeasure): SheetLayout {
  const merges = sheet.merges.map((address) => tryParseAddress(address)).filter((rect) => rect !== undefined);
  const usedBottom = Math.max(-1, ...sheet.cells.map((c) => c.row), ...merges.map((m) => m.bottom));
  const usedRight = Math.max(-1, ...sheet.cells.map((c) => c.col), ...merges.map((m) => m.right));
  const rowCount = Math.max(MIN_ROWS, usedBottom + 1 + MARGIN);
  const colCount = Math.max(MIN_COLS, usedRight + 1 + MARGIN);
  const byPosition = new Map(sheet.cells.map((c) => [positionKey(c.row, c.col), c]));
  const formatAt = (row: number, col: number) => byPosition.get(positionKey(row, col))?.format;
  // Each merged area by the cells it covers, so laying out a cell is a lookup rather than a search of every merge.
  const mergeAt = new Map<number, Rect>();
  for (const merge of merges)
    for (let row = merge.top; row <= merge.bottom; row++)
      for (let col = merge.left; col <= merge.right; col++) mergeAt.set(positionKey(row, col), merge);

  const rows: LaidCell[][] = [];
  for (let row = 0; row < rowCount; row++) {
    const laid: LaidCell[] = [];
    for (let col = 0; col < colCount; col++) {
      const merge = mergeAt.get(positionKey(row, col));
      if (merge && (merge.top !== row || merge.left !== col)) continue;
      const area = merge ?? { top: row, left: col, bottom: row, right: col };
      const cell = byPosition.get(positionKey(row, col));
      laid.push({
        row,
        col,
        address: cell?.address ?? cellAddress(row, col),
        rowSpan: area.bottom - area.top + 1,
        colSpan: area.right - area.left + 1,
        cell,
        lines: linesOf(formatAt, area),
        shown: cell?.text ?? "",
        spillPx: 0,
      });
    }
    rows.push(laid);
  }

  const size = (sizes: Record<number, number>, index: number, fallback: number): number =>
    Math.round((sizes[index] ?? fallback) * PX_PER_POINT);
  const columnWidthsPx = Array.from({ length: colCount }, (_, col) =>
    size(sheet.columnWidths, col, sheet.defaultColumnWidth),
  );
  const rowHeightsPx = Array.from({ length: rowCount }, (_, row) =>
    size(sheet.rowHeights, row, sheet.defaultRowHeight),
  );
  const frozenColumns = Math.min(sheet.frozen.columns, colCount);
  const fitted = measure ? rows.map((row) => fitRowText(row, columnWidthsPx, frozenColumns, measure)) : rows;
  return {
    rowCount,
    colCount,
    columnLetters: Array.from({ length: colCount }, (_, col) => columnLetters(col)),
    columnWidthsPx,
    rowHeightsPx,
    rows: fitted,
    merges,
    frozen: {
      topPx: offsets(HEADER_ROW_PX, rowHeightsPx, Math.min(sheet.frozen.rows, rowCount)),
      leftPx: offsets(HEADER_COLUMN_PX, columnWidthsPx, frozenColumns),
    },
  };
}

/** A cell's key in a map by position. */
function positionKey(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

/** The merged area holding a cell, or the cell itself. */
export function areaAt(layout: SheetLayout, row: number, col: number): Rect {
  return layout.merges.find((m) => containsCell(m, row, col)) ?? { top: row, left: col, bottom: row, right: col };
}

export type ArrowKey = "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight";

/** The cell an arrow key moves to from `from`: past the edge of a merged area, snapped to a merge's corner. */
export function moveSelection(layout: SheetLayout, from: { row: number; col: number }, key: ArrowKey): Rect {
  const area = areaAt(layout, from.row, from.col);
  const clamp = (value: number, count: number): number => Math.min(Math.max(value, 0), count - 1);
  const target = {
    ArrowUp: { row: area.top - 1, col: from.col },
    ArrowDown: { row: area.bottom + 1, col: from.col },
    ArrowLeft: { row: from.row, col: area.left - 1 },
    ArrowRight: { row: from.row, col: area.right + 1 },
  }[key];
  return areaAt(layout, clamp(target.row, layout.rowCount), clamp(target.col, layout.colCount));
}
