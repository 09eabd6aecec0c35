import { figuresOf, LINE_SPACING, ROW_GAP_LINES, SAME_LEFT, type Line } from "./pdf-unruled-lines";

// The header of a table printed without ruling lines: the lines just above its first row, and their cells.

/** How a line outside a table's header begins: a heading (“四、”), a caption in brackets, a 第二十条 item. */
const NOT_HEADER = /^(?:[一二三四五六七八九十]+、|（|\(|第二十条)/u;

/**
 * The header lines just above a table's first row (from `from` on): lines without figures, stacked close, with text
 * over the figure columns; a heading, a caption or text only left of the figures ends them.
 */
export function headerAbove(lines: readonly Line[], start: number, from: number, figureLeft: number): Line[] {
  let first = start;
  while (first > from) {
    const [line, below] = [lines[first - 1]!, lines[first]!];
    if (line.y - below.y > ROW_GAP_LINES * line.size * 1.25 || figuresOf(line)) break;
    const text = line.items.map((item) => item.text).join("");
    if (NOT_HEADER.test(text.trim()) || !line.items.some((item) => item.x >= figureLeft - SAME_LEFT)) break;
    first--;
  }
  return lines.slice(first, start);
}

/**
 * A header's cells, row by row from the top: a word wrapped in a narrow column (“商业企 / 业”) is the runs of text
 * starting at the same place, stacked at line spacing, rejoined, even where a cell beside it is centred between its
 * lines (LibreOffice centres 总计 between “结果 / 维持”); cells whose heights overlap are one row, from the left.
 */
export function headerCells(lines: readonly Line[]): string[][] {
  type Cell = { x: number; top: number; bottom: number; size: number; text: string };
  const cells: Cell[] = [];
  const items = lines.flatMap((line) => line.items).sort((a, b) => b.y - a.y || a.x - b.x);
  for (const item of items) {
    const cell = cells.find(
      (open) =>
        Math.abs(open.x - item.x) <= SAME_LEFT && open.bottom - item.y <= Math.max(open.size, item.size) * LINE_SPACING,
    );
    if (cell) [cell.bottom, cell.text] = [item.y, cell.text + item.text.trim()];
    else cells.push({ x: item.x, top: item.y, bottom: item.y, size: item.size, text: item.text.trim() });
  }
  const rows: Cell[][] = [];
  for (const cell of cells) {
    const row = rows.find((other) => other.some((it) => it.bottom <= cell.top && cell.bottom <= it.top));
    if (row) row.push(cell);
    else rows.push([cell]);
  }
  return rows.map((row) => row.sort((a, b) => a.x - b.x).map((cell) => cell.text));
}
