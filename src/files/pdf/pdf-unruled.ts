import type { TextItem } from "./pdf-content";
import { headerAbove } from "./pdf-unruled-header";
import {
  distinctLefts,
  figuresOf,
  isFigure,
  linesOf,
  ROW_GAP_LINES,
  SAME_LEFT,
  stacked,
  type Line,
} from "./pdf-unruled-lines";
import { tableOf, type UnruledTable } from "./pdf-unruled-rows";

export { joinUnruledAcrossPages, OWN_CELL, textRowOf, type UnruledTable } from "./pdf-unruled-rows";

// Tables printed without ruling lines: no border says where a cell ends, so the figures say it. A row is a line
// whose right part is figures, each figure a cell; the columns are where the figures of the table's rows stand
// (their extents overlap down a column). A row that lacks a figure has a blank where its column has none, and a
// row whose figures do not each fall in one column is given as it is, without blanks, for the table reader to
// judge: a blank is only added where its place is certain. The text left of the figures is the row's label, its
// wrapped lines joined; text in a column of its own (a group heading down the side) is a cell of its own.
// Here: where a table starts and ends. Its lines and their spacing: pdf-unruled-lines.ts; its header:
// pdf-unruled-header.ts; its figure columns: pdf-unruled-columns.ts; its rows and their labels: pdf-unruled-rows.ts.

/** Figures alone on a line that make a row of a table of one row (table 四 has 15; a date or a page has fewer). */
const MIN_ROW_ALONE = 5;

/** Tables without ruling lines among a page's loose items, and the items they took. */
export function unruledTables(items: readonly TextItem[]): UnruledTable[] {
  const lines = linesOf(items);
  const tables: UnruledTable[] = [];
  let taken = 0;
  for (let start = 0; start < lines.length; start++) {
    // A line of figures alone, as many as a row of table 四, may be a table of one row under its header.
    const alone = lines[start]!.items.length >= MIN_ROW_ALONE && lines[start]!.items.every(isFigure);
    if (alone) lines[start]!.bare = true;
    if (!figuresOf(lines[start]!)) continue;
    // The table's label area ends where its figures begin; a line with other text there (a header) ends the table.
    let end = start;
    let figureLeft = Math.min(...figuresOf(lines[start]!)!.map((item) => item.x));
    for (let next = start + 1; next < lines.length; next++) {
      const line = lines[next]!;
      if (lines[next - 1]!.y - line.y > ROW_GAP_LINES * line.size * 1.25) break;
      line.bare = true;
      const figures = figuresOf(line);
      if (figures) {
        figureLeft = Math.min(figureLeft, ...figures.map((item) => item.x));
        end = next;
      } else if (line.items.some((item) => item.x + item.width > figureLeft)) {
        line.bare = false;
        break;
      }
    }
    // The last row's wrapped lines below its figures are the table's too: lines stacked at line spacing.
    while (end + 1 < lines.length && !figuresOf(lines[end + 1]!)) {
      const [above, line] = [lines[end]!, lines[end + 1]!];
      if (!stacked(above, line) || line.items.some((item) => item.x + item.width > figureLeft)) break;
      end++;
    }
    const first = labelLinesAbove(lines, start, taken, end, figureLeft);
    const region = lines.slice(first, end + 1);
    const anchors = region.filter((line) => figuresOf(line));
    const header = headerAbove(lines, first, taken, figureLeft);
    if (anchors.length < 2 && !(alone && header.length > 0)) continue;
    tables.push(tableOf(region, anchors, header));
    start = end;
    taken = end + 1;
  }
  return tables;
}

/**
 * Where a table starts: its first data line (`start`), or above it the first row's label lines, when that label
 * wraps to three lines or more and LibreOffice centres the figures on a line below its first (a table going on at
 * the head of a page: “1.申请人无正当理由逾期 / 不补正、… 151 152 … / 其政府信息公开申请”). Such a line is stacked
 * right above, text only in the label area, starting where the table's labels start.
 */
function labelLinesAbove(lines: readonly Line[], start: number, from: number, end: number, figureLeft: number): number {
  const labelItems = lines
    .slice(start, end + 1)
    .flatMap((line) => line.items.filter((item) => item.x + item.width <= figureLeft && !isFigure(item)));
  const lefts = distinctLefts(labelItems);
  let first = start;
  while (first > from) {
    const [line, below] = [lines[first - 1]!, lines[first]!];
    const labelOnly = line.items.every(
      (item) => item.x + item.width <= figureLeft && lefts.some((left) => Math.abs(item.x - left) <= SAME_LEFT),
    );
    if (!labelOnly || figuresOf(line) || !stacked(line, below)) break;
    first--;
  }
  return first;
}
