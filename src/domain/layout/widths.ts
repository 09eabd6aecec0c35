import type { Merge, SheetCell } from "./sheet";

// Column widths, in characters (Excel counts a digit as 1; a Chinese character takes about 2).
// Every column fits a figure; a header or label alone in its column widens it to fit its text up to a cap,
// beyond which the text wraps. Row labels get a wider cap than headers: their column is frozen beside the figures
// and read line by line, so a label of table 三 takes one or two lines rather than five. Labels merged down over several rows (三、本年度办理结果) are printed wrapped in
// a narrow column, so they ask for less. Text merged across columns asks for nothing: its columns serve others.

/** Fits a figure of 10 characters, such as 12345.6789 (万元 with 4 decimals). */
const FIGURE_WIDTH = 10;
/** About 7 Chinese characters: 社会公益组织 on one line. */
const MAX_TEXT_WIDTH = 14;
/** About 15 Chinese characters a line: 2.没有现成信息需要另行制作 whole, the longest labels on two or three lines. */
const MAX_LABEL_WIDTH = 30;
/** A label merged down over several rows wraps to about 5 characters a line. */
const MAX_TALL_TEXT_WIDTH = 10;
/** Excel's default padding so text does not touch the border. */
const PADDING = 1;

/** Display width of text: wide (CJK, full-width) characters count 2, others 1. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}

/** The width of each of `count` columns, from the text of the cells that sit alone in one column. */
export function columnWidthsOf(cells: readonly SheetCell[], merges: readonly Merge[], count: number): number[] {
  const widths = Array.from({ length: count }, () => FIGURE_WIDTH);
  const mergeAt = new Map(merges.map((m) => [`${m.top},${m.left}`, m]));
  for (const cell of cells) {
    if (typeof cell.value !== "string" || cell.col >= count) continue;
    const merge = mergeAt.get(`${cell.row},${cell.col}`);
    if (merge && merge.right > merge.left) continue;
    const cap =
      merge && merge.bottom > merge.top
        ? MAX_TALL_TEXT_WIDTH
        : cell.role === "label"
          ? MAX_LABEL_WIDTH
          : MAX_TEXT_WIDTH;
    const wanted = Math.min(displayWidth(cell.value) + PADDING, cap);
    widths[cell.col] = Math.max(widths[cell.col] ?? FIGURE_WIDTH, wanted);
  }
  return widths;
}
