import type { SheetCell, SheetLayout } from "./sheet";
import { displayWidth } from "./widths";

// How tall each row must be for its text, decided once for both writers (the add-in and the .xlsx template): Excel
// does not grow a row for wrapped text in merged cells by itself, so a title or label merged over a few columns
// would show one clipped line.

/** The size of Excel's default font, in which column widths are counted. */
export const BASE_FONT_SIZE = 11;
/** The height Excel gives a row of one line of default text, in points. */
export const DEFAULT_ROW_HEIGHT = 15;
/** Points a printed line of text takes: its size plus the leading CJK fonts need. */
export const lineHeight = (size: number): number => Math.ceil(size * 1.4);
/** Room for about 12 lines of prose under each section title of the text sheet. */
export const PROSE_ROW_HEIGHT = 180;

/**
 * Rows (0-based) that need more than the default height, with the height in points: each text's lines estimated
 * from its width and its columns' width at its font size; prose input rows get room to write in.
 */
export function rowHeights(layout: SheetLayout, fontSizeOf: (cell: SheetCell) => number): Map<number, number> {
  const heights = new Map<number, number>();
  const raise = (row: number, height: number) => heights.set(row, Math.max(heights.get(row) ?? 0, height));
  const mergeAt = new Map(layout.merges.map((m) => [`${m.top},${m.left}`, m]));
  for (const cell of layout.cells) {
    if (cell.role === "input" && !cell.ref) raise(cell.row, PROSE_ROW_HEIGHT);
    if (typeof cell.value !== "string") continue;
    const block = mergeAt.get(`${cell.row},${cell.col}`) ?? {
      top: cell.row,
      bottom: cell.row,
      left: cell.col,
      right: cell.col,
    };
    const size = fontSizeOf(cell);
    // Column widths count digits of the 11 pt default font; larger text takes proportionally more room.
    const width = layout.columnWidths.slice(block.left, block.right + 1).reduce((a, b) => a + b, 0);
    const lines = Math.max(1, Math.ceil((displayWidth(cell.value) * size) / BASE_FONT_SIZE / Math.max(1, width - 1)));
    const perRow = Math.ceil((lines * lineHeight(size)) / (block.bottom - block.top + 1));
    for (let row = block.top; row <= block.bottom; row++) raise(row, perRow);
  }
  for (const [row, height] of heights) if (height <= DEFAULT_ROW_HEIGHT) heights.delete(row);
  return heights;
}
