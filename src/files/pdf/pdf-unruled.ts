import type { TextRow } from "../text/table-lines";
import type { TextItem } from "./pdf-content";

// Tables printed without ruling lines: no border says where a cell ends, so the figures say it. A row is a line
// whose right part is figures, each figure a cell; the columns are where the figures of the table's rows stand
// (their extents overlap down a column). A row that lacks a figure has a blank where its column has none, and a
// row whose figures do not each fall in one column is given as it is, without blanks, for the table reader to
// judge: a blank is only added where its place is certain. The text left of the figures is the row's label, its
// wrapped lines joined; text in a column of its own (a group heading down the side) is a cell of its own.

/** A run of text that is a figure: digits, maybe a sign, a decimal point or thousands separators. */
const FIGURE = /^[+\-−]?[0-9][0-9,.]*$/u;
const isFigure = (item: TextItem): boolean => FIGURE.test(item.text.normalize("NFKC").trim());

/** A line of items, from the left; `bare`: inside a table, where figures alone on a line are a row. */
type Line = { y: number; size: number; items: TextItem[]; bare?: boolean };

/** The runs of text a phrase was made from (phrases()): one or more of the page's items. */
const joinedFrom = new WeakMap<TextItem, TextItem[]>();
/** A row: its label cells (where each starts) and its figure cells. */
export type UnruledRow = { labels: { left: number; text: string }[]; figures: string[][] };
/**
 * A table found: its top (for the page's order), its header's rows of cells (words wrapped in a narrow column
 * rejoined), its rows, and the items it took.
 */
export type UnruledTable = { top: number; header: string[][]; rows: UnruledRow[]; items: Set<TextItem> };

/** Figures alone on a line that make a row of a table of one row (table 四 has 15; a date or a page has fewer). */
const MIN_ROW_ALONE = 5;
/** Points within which items start in the same label column. */
const SAME_LEFT = 2;
/** The most a cell's wrapped lines are apart, in font sizes (single spacing is about 1.2 to 1.3). */
const LINE_SPACING = 1.6;
/** Data rows further apart than this many line heights are not one table. */
const ROW_GAP_LINES = 4;

/** Items on one baseline as a line, lines from the top. */
function linesOf(items: readonly TextItem[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - item.y) <= Math.max(line.size, item.size) * 0.5) {
      line.items.push(item);
      line.size = Math.max(line.size, item.size);
    } else lines.push({ y: item.y, size: item.size, items: [item] });
  }
  for (const line of lines) line.items = phrases(line.items.sort((a, b) => a.x - b.x));
  return lines;
}

/**
 * Neighbouring runs of text joined, up to a figure: a label's number and its words are often runs of their own
 * (“1.” in a Latin font, “属于国家秘密” in a Chinese one), and they start one label, not two columns.
 */
function phrases(items: readonly TextItem[]): TextItem[] {
  const out: TextItem[] = [];
  let parts: TextItem[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    // Runs of one phrase follow each other without a gap; the next column, however narrow, starts after its padding.
    const near = last && item.x - (last.x + last.width) < Math.max(last.size, item.size) * 0.08;
    if (last && near && !isFigure(item)) {
      parts.push(item);
      last.text += item.text;
      last.width = item.x + item.width - last.x;
    } else {
      const phrase = { ...item };
      parts = [item];
      joinedFrom.set(phrase, parts);
      out.push(phrase);
    }
  }
  return out;
}

/**
 * The figures of a data line (two or more, right of all its other text), or undefined for another line. A label's
 * own number (“1.” of “1.属于国家秘密”, often a run of its own in a Latin font) is not one of them.
 */
function figuresOf(line: Line): TextItem[] | undefined {
  let first = line.items.length;
  while (first > 0 && isFigure(line.items[first - 1]!)) first--;
  const figures = line.items.slice(first);
  // Figures alone on a line are a row whose label is centred on two lines, one above them and one below.
  return (first > 0 || line.bare) && figures.length >= 2 ? figures : undefined;
}

/** Columns where figures stand: extents that overlap, merged, from the left. */
function columnsOf(figures: readonly TextItem[]): [number, number][] {
  const sorted = [...figures].sort((a, b) => a.x - b.x);
  const columns: [number, number][] = [];
  for (const item of sorted) {
    const last = columns[columns.length - 1];
    if (last && item.x <= last[1]) last[1] = Math.max(last[1], item.x + item.width);
    else columns.push([item.x, item.x + item.width]);
  }
  return columns;
}

/** A row's figures in the table's columns, blanks where a column has none; undefined when a place is not certain. */
function placed(figures: readonly TextItem[], columns: readonly [number, number][]): string[][] | undefined {
  const cells: string[][] = columns.map(() => []);
  for (const figure of figures) {
    const inside = columns.flatMap(([left, right], n) =>
      figure.x < right && figure.x + figure.width > left ? [n] : [],
    );
    if (inside.length !== 1 || cells[inside[0]!]!.length > 0) return undefined;
    cells[inside[0]!] = [figure.text.trim()];
  }
  return cells;
}

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
 * Whether `line` goes on from `above` at line spacing, measured from the lowest text of `above`: LibreOffice sets a
 * row's figures a little higher than its label's first line, and the label's second line is a line below that.
 */
function stacked(above: Line, line: Line): boolean {
  const lowest = Math.min(...above.items.map((item) => item.y));
  return lowest - line.y <= Math.max(above.size, line.size) * LINE_SPACING;
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

/** How a line outside a table's header begins: a heading (“四、”), a caption in brackets, a 第二十条 item. */
const NOT_HEADER = /^(?:[一二三四五六七八九十]+、|（|\(|第二十条)/u;

/**
 * The header lines just above a table's first row (from `from` on): lines without figures, stacked close, with text
 * over the figure columns; a heading, a caption or text only left of the figures ends them.
 */
function headerAbove(lines: readonly Line[], start: number, from: number, figureLeft: number): Line[] {
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
function headerCells(lines: readonly Line[]): string[][] {
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

function tableOf(region: readonly Line[], anchors: readonly Line[], headerLines: readonly Line[]): UnruledTable {
  const columns = columnsOf(anchors.flatMap((line) => figuresOf(line)!));
  const nearestAnchor = (y: number): Line =>
    anchors.reduce((best, candidate) => (Math.abs(candidate.y - y) < Math.abs(best.y - y) ? candidate : best));
  const labels = region.flatMap((line) => line.items.slice(0, line.items.length - (figuresOf(line)?.length ?? 0)));
  const lefts = distinctLefts(labels);
  const rowLabelLeft = lefts[lefts.length - 1];
  // Cells of each row by label column: the row labels (the column nearest the figures) to the data line nearest
  // them, a numbered label (1.申请人…) whole by its middle, since its figures stand beside its middle line and its
  // last lines may be nearer the next row's figures, other labels line by line; text in a column further left runs
  // down a merged cell (三、本年度办理结果 a few characters a line), so each run of stacked lines is one cell, in the
  // row where it starts.
  const cells = new Map<Line, Map<number, TextItem[]>>(anchors.map((line) => [line, new Map()]));
  const put = (anchor: Line, left: number, items: readonly TextItem[]) => {
    const row = cells.get(anchor)!;
    row.set(left, [...(row.get(left) ?? []), ...items]);
  };
  for (const left of lefts) {
    const inColumn = labels.filter((item) => nearestLeft(lefts, item.x) === left).sort((a, b) => b.y - a.y);
    if (left === rowLabelLeft) {
      for (const label of stackedRuns(inColumn).flatMap(numberedLabels)) {
        const middle = (label[0]!.y + label[label.length - 1]!.y) / 2;
        if (OWN_CELL.test(label[0]!.text.trim())) put(nearestAnchor(middle), left, label);
        else for (const item of label) put(nearestAnchor(item.y), left, [item]);
      }
      continue;
    }
    for (const run of stackedRuns(inColumn)) put(nearestAnchor(run[0]!.y), left, run);
  }
  const rows = anchors.map((anchor): UnruledRow => {
    const row = cells.get(anchor)!;
    const labelCells = lefts
      .map((left) => ({
        left,
        text: (row.get(left) ?? [])
          .sort((a, b) => b.y - a.y || a.x - b.x)
          .map((item) => item.text.trim())
          .join(""),
      }))
      .filter((cell) => cell.text !== "");
    const figures = figuresOf(anchor)!;
    return { labels: labelCells, figures: placed(figures, columns) ?? figures.map((item) => [item.text.trim()]) };
  });
  const all = [...headerLines, ...region];
  const taken = new Set(all.flatMap((line) => line.items.flatMap((item) => joinedFrom.get(item) ?? [item])));
  const top = Math.max(...all.map((line) => line.y + line.size * 0.8));
  return { top, header: headerCells(headerLines), rows, items: taken };
}

/** Items of one column from the top, in runs of lines stacked at line spacing (a cell's wrapped text). */
function stackedRuns(items: readonly TextItem[]): TextItem[][] {
  const runs: TextItem[][] = [];
  for (const item of items) {
    const run = runs[runs.length - 1];
    const above = run?.[run.length - 1];
    if (run && above && above.y - item.y <= Math.max(above.size, item.size) * LINE_SPACING) run.push(item);
    else runs.push([item]);
  }
  return runs;
}

/** A run of stacked lines cut where a label begins with its own number: a label's lines, or unnumbered lines. */
function numberedLabels(run: readonly TextItem[]): TextItem[][] {
  const labels: TextItem[][] = [];
  for (const item of run) {
    const last = labels[labels.length - 1];
    if (last && !OWN_CELL.test(item.text.trim())) last.push(item);
    else labels.push([item]);
  }
  return labels;
}

/** A row as the table reader takes it: its label cells, then its figure cells. */
export const textRowOf = (row: UnruledRow): TextRow => [...row.labels.map((cell) => [cell.text]), ...row.figures];

/** How a cell of its own begins: a heading or an item number (“三、”, “（五）”, “1.”). */
export const OWN_CELL = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+[.、．])/u;

/**
 * A table that goes on over a page break: the text of a merged cell down the side (（五）不予处理) cut by the
 * break, its first characters at the foot of one page and the rest at the head of the next, is one cell again,
 * where it started. Text that begins as a cell of its own (“（六）其他处理”) starts a new cell.
 */
export function joinUnruledAcrossPages(before: UnruledTable, after: UnruledTable): void {
  const [first] = after.rows;
  if (!first || first.labels.length < 2) return;
  const [head] = first.labels;
  if (!head || OWN_CELL.test(head.text)) return;
  for (let n = before.rows.length - 1; n >= 0; n--) {
    const start = before.rows[n]!.labels.find((cell) => Math.abs(cell.left - head.left) <= SAME_LEFT);
    if (!start) continue;
    start.text += head.text;
    first.labels.shift();
    return;
  }
}

/** The left edges where label text starts, those within SAME_LEFT of each other taken as one. */
function distinctLefts(items: readonly TextItem[]): number[] {
  const sorted = items.map((item) => item.x).sort((a, b) => a - b);
  const out: number[] = [];
  for (const x of sorted) if (out.length === 0 || x - out[out.length - 1]! > SAME_LEFT) out.push(x);
  return out;
}

const nearestLeft = (lefts: readonly number[], x: number): number =>
  lefts.reduce((best, left) => (left <= x + SAME_LEFT && left > best ? left : best), lefts[0]!);
