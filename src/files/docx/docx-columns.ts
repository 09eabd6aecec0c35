import { displayWidth, labelParts } from "../../domain";
import type { PrintedCell, PrintedTable } from "../report-tables";
import { SIZES, TEXT_WIDTH } from "./docx-style";

// The widths of a Word table's columns and the lines of its labels. Word and LibreOffice wrap Chinese text between
// any two characters, so a label left to them breaks wherever its column ends: “（三 / ）不 / 予公 / 开” in table 三's
// narrow columns, “自然 / 人” over its figures. Instead each row and column label is written in lines of its own
// (labelParts: whole words, the marker whole), and each column is made wide enough for the longest part of the
// labels alone in it, so that neither program has cause to wrap a line again.

/** Narrow cell padding (twips), so a 15-column table fits the page at 五号. */
export const CELL_MARGIN = 57;

/** One character of the table's type, in twips: a Chinese character is one em wide (SIZES are in half-points). */
const EM = SIZES.table * 10;

/**
 * Room a line leaves unused, in ems: fonts differ between Word, LibreOffice and the fonts they substitute, and a
 * line that exactly fills its cell may be wrapped again by rounding.
 */
export const SLACK = 0.1;

/** Width of text in ems: Chinese and full-width characters (and curly quotes, full-width in a Chinese font) one. */
export function ems(text: string): number {
  const quotes = [...text].filter((char) => "“”‘’".includes(char)).length;
  return (displayWidth(text) + quotes) / 2;
}

/** The twips a cell needs so that its longest part fits on a line. */
const neededFor = (text: string): number =>
  Math.ceil((Math.max(0, ...labelParts(text).map(ems)) + SLACK) * EM) + 2 * CELL_MARGIN;

/**
 * Column widths in twips, together as wide as the text: the layout's proportions, then each column holding a label
 * alone widened to fit that label's longest part, the width taken from the columns that only labels spanning
 * several columns use (table 三's 1.属于国家秘密 …), or where there are none from every other column; a table with
 * no column to spare (table 四, fifteen columns of figures) keeps its proportions.
 */
export function tableGrid(table: PrintedTable): number[] {
  const total = table.columnWidths.reduce((sum, width) => sum + width, 0);
  const grid = table.columnWidths.map((width) => Math.floor((TEXT_WIDTH * width) / total));
  const needed = grid.map(() => 0);
  const alone = grid.map(() => false);
  forEachCell(table, (cell, col) => {
    if (cell.colSpan !== 1) return;
    alone[col] = true;
    if (cell.role !== "figure") needed[col] = Math.max(needed[col]!, neededFor(cell.text));
  });
  const short = grid.reduce((sum, width, col) => sum + Math.max(0, needed[col]! - width), 0);
  if (short === 0) return grid;
  const raised = grid.map((width, col) => needed[col]! > width);
  const spannedOnly = grid.map((_, col) => !raised[col] && !alone[col]);
  const donors = spannedOnly.some(Boolean) ? spannedOnly : raised.map((up) => !up);
  const pool = grid.reduce((sum, width, col) => sum + (donors[col] ? width : 0), 0);
  if (pool === 0) return grid;

  return grid.map((width, col) =>
    raised[col] ? needed[col]! : donors[col] ? width - Math.ceil((short * width) / pool) : width,
  );
}

/** Each cell with the grid column it starts in. */
function forEachCell(table: PrintedTable, visit: (cell: PrintedCell, col: number, row: number) => void): void {
  // Cells a merge from a row above covers are not listed: a row's cells start after those columns.
  const coveredUntil: number[] = [];
  table.rows.forEach((row, rowIndex) => {
    let col = 0;
    for (const cell of row) {
      while ((coveredUntil[col] ?? -1) >= rowIndex) col++;
      visit(cell, col, rowIndex);
      for (let c = col; c < col + cell.colSpan; c++) coveredUntil[c] = rowIndex + cell.rowSpan - 1;
      col += cell.colSpan;
    }
  });
}

/**
 * A label's lines in a cell `width` twips wide: its parts, as many to a line as fit. A part wider than the cell
 * (which tableGrid avoids) is a line of its own.
 */
export function labelLines(text: string, width: number): string[] {
  const room = (width - 2 * CELL_MARGIN) / EM - SLACK;
  const lines: string[] = [];
  for (const part of labelParts(text)) {
    const last = lines.length - 1;
    if (last >= 0 && ems(lines[last]! + part) <= room) lines[last] += part;
    else lines.push(part);
  }
  return lines;
}

/** The width of each cell of the table in twips, row by row, from the grid. */
export function cellWidths(table: PrintedTable, grid: readonly number[]): number[][] {
  const widths = table.rows.map((): number[] => []);
  forEachCell(table, (cell, col, row) =>
    widths[row]!.push(grid.slice(col, col + cell.colSpan).reduce((sum, width) => sum + width, 0)),
  );
  return widths;
}
