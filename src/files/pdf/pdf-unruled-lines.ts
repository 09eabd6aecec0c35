import type { TextItem } from "./pdf-content";

// The lines of a page printed without ruling lines, and how far apart they stand: what says which text belongs to
// one cell (lines stacked at line spacing, starting at the same place) when no border says it.

/** A run of text that is a figure: digits, maybe a sign, a decimal point or thousands separators. */
const FIGURE = /^[+\-−]?[0-9][0-9,.]*$/u;
export const isFigure = (item: TextItem): boolean => FIGURE.test(item.text.normalize("NFKC").trim());

/** A line of items, from the left; `bare`: inside a table, where figures alone on a line are a row. */
export type Line = { y: number; size: number; items: TextItem[]; bare?: boolean };

/** The runs of text a phrase was made from (phrases()): one or more of the page's items. */
const joinedFrom = new WeakMap<TextItem, TextItem[]>();
/** The page's items a phrase of linesOf() was joined from (the item itself when it is one of them). */
export const runsOf = (phrase: TextItem): TextItem[] => joinedFrom.get(phrase) ?? [phrase];

/** Points within which items start in the same label column. */
export const SAME_LEFT = 2;
/** The most a cell's wrapped lines are apart, in font sizes (single spacing is about 1.2 to 1.3). */
export const LINE_SPACING = 1.6;
/** Data rows further apart than this many line heights are not one table. */
export const ROW_GAP_LINES = 4;

/** Items on one baseline as a line, lines from the top. */
export function linesOf(items: readonly TextItem[]): Line[] {
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
export function figuresOf(line: Line): TextItem[] | undefined {
  let first = line.items.length;
  while (first > 0 && isFigure(line.items[first - 1]!)) first--;
  const figures = line.items.slice(first);
  // Figures alone on a line are a row whose label is centred on two lines, one above them and one below.
  return (first > 0 || line.bare) && figures.length >= 2 ? figures : undefined;
}

/**
 * Whether `line` goes on from `above` at line spacing, measured from the lowest text of `above`: LibreOffice sets a
 * row's figures a little higher than its label's first line, and the label's second line is a line below that.
 */
export function stacked(above: Line, line: Line): boolean {
  const lowest = Math.min(...above.items.map((item) => item.y));
  return lowest - line.y <= Math.max(above.size, line.size) * LINE_SPACING;
}

/** Items of one column from the top, in runs of lines stacked at line spacing (a cell's wrapped text). */
export function stackedRuns(items: readonly TextItem[]): TextItem[][] {
  const runs: TextItem[][] = [];
  for (const item of items) {
    const run = runs[runs.length - 1];
    const above = run?.[run.length - 1];
    if (run && above && above.y - item.y <= Math.max(above.size, item.size) * LINE_SPACING) run.push(item);
    else runs.push([item]);
  }
  return runs;
}

/** The left edges where label text starts, those within SAME_LEFT of each other taken as one. */
export function distinctLefts(items: readonly TextItem[]): number[] {
  const sorted = items.map((item) => item.x).sort((a, b) => a - b);
  const out: number[] = [];
  for (const x of sorted) if (out.length === 0 || x - out[out.length - 1]! > SAME_LEFT) out.push(x);
  return out;
}

export const nearestLeft = (lefts: readonly number[], x: number): number =>
  lefts.reduce((best, left) => (left <= x + SAME_LEFT && left > best ? left : best), lefts[0]!);
