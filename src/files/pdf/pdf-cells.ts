import type { Segment, TextItem } from "./pdf-content";

// Table cells from the borders a PDF page paints. A cell is the smallest box of borders around a point: the nearest
// vertical border on each side that reaches the point's height, the nearest horizontal border above and below that
// reaches its column. A merged cell has no borders inside, so every point in it gives the same box: a header
// merged over five columns, or a heading printed one character per line down a merged column, is one cell.

/** Points within which two coordinates are the same line (borders are drawn at fractions of a point). */
export const EPS = 1.5;

/** A border: at `at` (x of a vertical one, y of a horizontal one), from `from` to `to` along it. */
type Rule = { at: number; from: number; to: number };

export type Box = { left: number; right: number; bottom: number; top: number };

/**
 * Most segments, borders (after joining) and grid places a page may have before its borders are ignored: a drawing,
 * not a table, and the time to rebuild cells grows with each.
 */
const MAX_SEGMENTS = 50_000;
const MAX_RULES = 1000;
const MAX_PLACES = 5000;

export class Borders {
  private vertical: Rule[] = [];
  private horizontal: Rule[] = [];

  constructor(segments: readonly Segment[]) {
    if (segments.length > MAX_SEGMENTS) return;
    for (const [x0, y0, x1, y1] of segments) {
      if (Math.abs(x0 - x1) < EPS && Math.abs(y0 - y1) > EPS) {
        this.vertical.push({ at: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1) });
      } else if (Math.abs(y0 - y1) < EPS && Math.abs(x0 - x1) > EPS) {
        this.horizontal.push({ at: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) });
      }
    }
    // Word draws each cell's own borders: the pieces of one line are joined into that line; a double border, or a
    // hairline drawn beside a rule, is that one line too.
    this.vertical = collapsed(this.vertical);
    this.horizontal = collapsed(this.horizontal);
    if (this.vertical.length + this.horizontal.length > MAX_RULES) {
      this.vertical = [];
      this.horizontal = [];
    }
  }

  /** The cell around a point, or undefined outside every table. */
  boxAt(x: number, y: number): Box | undefined {
    const left = nearest(this.vertical, x, y, -1);
    const right = nearest(this.vertical, x, y, 1);
    const bottom = nearest(this.horizontal, y, x, -1);
    const top = nearest(this.horizontal, y, x, 1);
    if (left === undefined || right === undefined || bottom === undefined || top === undefined) return undefined;
    // The sliver between the lines of a double border is not a cell.
    if (right - left < HAIRLINE || top - bottom < HAIRLINE) return undefined;
    // A cell is closed on all four sides: a caption just above a table, with the next table's border further up,
    // would otherwise be a “cell” between the two tables, and join them into one.
    const closed =
      drawn(this.vertical, left, bottom, top) &&
      drawn(this.vertical, right, bottom, top) &&
      drawn(this.horizontal, bottom, left, right) &&
      drawn(this.horizontal, top, left, right);
    return closed ? { left, right, bottom, top } : undefined;
  }

  /** Every cell of the page, text or not: the box around the middle of each place of the borders' grid. */
  allBoxes(): Box[] {
    const xs = distinct(this.vertical.map((rule) => rule.at));
    const ys = distinct(this.horizontal.map((rule) => rule.at));
    if (xs.length * ys.length > MAX_PLACES) return [];
    const boxes = new Map<string, Box>();
    for (let i = 1; i < xs.length; i++) {
      for (let j = 1; j < ys.length; j++) {
        const box = this.boxAt((xs[i - 1]! + xs[i]!) / 2, (ys[j - 1]! + ys[j]!) / 2);
        if (box) boxes.set(boxKey(box), box);
      }
    }
    return [...boxes.values()];
  }
}

/** A box by its edges to a tenth of a point (the cell of a page's items and of its borders' grid are one). */
export const boxKey = (box: Box): string =>
  `${Math.round(box.left * 10)}:${Math.round(box.right * 10)}:${Math.round(box.bottom * 10)}:${Math.round(box.top * 10)}`;

/**
 * Whether a rule at `at` is drawn all the way from `from` to `to`, give or take a hairline: the inner line of a
 * double border stops short, at the inner line of the border it meets.
 */
const drawn = (rules: readonly Rule[], at: number, from: number, to: number): boolean =>
  rules.some((rule) => Math.abs(rule.at - at) <= EPS && rule.from <= from + HAIRLINE && rule.to >= to - HAIRLINE);

/** The nearest rule's position on one side (`side` −1: below `along`, +1: above) among rules reaching `across`. */
function nearest(rules: readonly Rule[], along: number, across: number, side: -1 | 1): number | undefined {
  let best: number | undefined;
  for (const rule of rules) {
    if (across < rule.from - EPS || across > rule.to + EPS) continue;
    const distance = (rule.at - along) * side;
    if (distance > 0 && (best === undefined || distance < (best - along) * side)) best = rule.at;
  }
  return best;
}

/**
 * Points within which two parallel rules are one border: the two lines of a double border (Word draws them about
 * two points apart), a hairline beside a rule, a cell's border drawn a fraction of a point off its neighbour's. No
 * cell of a table is this narrow, and the sliver between such lines is not a cell.
 */
export const HAIRLINE = 3;

/** A border being gathered from the rules that draw it: the positions of the first and last, and its extent. */
type Line = { first: number; last: number; from: number; to: number };

const ruleOf = (line: Line): Rule => ({ at: (line.first + line.last) / 2, from: line.from, to: line.to });

/**
 * Rules as the borders they draw: along one line, and within HAIRLINE of it, the rules that overlap or touch are one
 * border (at their middle), whatever order they were drawn in. Rules side by side that do not overlap (the borders
 * of two tables at nearly the same place) stay apart.
 */
function collapsed(rules: readonly Rule[]): Rule[] {
  const sorted = [...rules].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Rule[] = [];
  let open: Line[] = [];
  for (const rule of sorted) {
    open = open.filter((line) => {
      if (rule.at - line.last < HAIRLINE) return true;
      out.push(ruleOf(line));
      return false;
    });
    const touching = open.filter((line) => rule.from <= line.to + EPS && line.from <= rule.to + EPS);
    const [line, ...others] = touching;
    if (!line) {
      open.push({ first: rule.at, last: rule.at, from: rule.from, to: rule.to });
      continue;
    }
    line.last = rule.at;
    for (const piece of [rule, ...others]) {
      line.from = Math.min(line.from, piece.from);
      line.to = Math.max(line.to, piece.to);
    }
    open = open.filter((other) => !others.includes(other));
  }
  return [...out, ...open.map(ruleOf)];
}

/** Sorted positions, those within EPS of each other taken as one. */
function distinct(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const value of sorted) if (out.length === 0 || value - out[out.length - 1]! > EPS) out.push(value);
  return out;
}

/** Where an item's text sits: the middle of its run, a third of its size above the baseline. */
export const centreOf = (item: TextItem): { x: number; y: number } => ({
  x: item.x + item.width / 2,
  y: item.y + item.size * 0.3,
});
