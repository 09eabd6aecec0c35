// The one tree-drawing step shared by row labels and column headers.
//
// Items (rows or columns) carry `groups`, outermost first. Laid out along one axis, each item has an extent
// (the sheet rows of a table row, the sheet columns of a column); across the other axis sit the levels (label
// columns for rows, header rows for columns), one per nesting depth plus one for the items' own labels.
// A group becomes one cell over the consecutive items that share it, at its depth's level; an item's own label
// starts at the level after its last group and reaches the last level, so a shallow item fills the levels
// its deeper neighbours use for groups (四、结转下年度继续办理 spans all three label columns of table 三).

/** A run of sheet rows or columns: `start` 0-based, `span` ≥ 1. */
export type Extent = { start: number; span: number };

/** One drawn cell of a tree: a group (over several items) or an item's own label (`item` is its index). */
export type TreeCell = { text: string; along: Extent; across: Extent; item?: number };

type TreeItem = { label: string; groups?: readonly string[] };

/** Split `total` sheet columns among `count` slots as evenly as possible, the first slots taking the remainder. */
export function distribute(start: number, total: number, count: number): Extent[] {
  const base = Math.floor(total / count);
  const remainder = total - base * count;
  const extents: Extent[] = [];
  let next = start;
  for (let i = 0; i < count; i++) {
    const span = base + (i < remainder ? 1 : 0);
    extents.push({ start: next, span });
    next += span;
  }
  return extents;
}

/** The deepest `groups` nesting among items: the number of levels their groups need. */
export function groupDepth(items: readonly TreeItem[]): number {
  return Math.max(0, ...items.map((item) => item.groups?.length ?? 0));
}

const end = (extent: Extent): number => extent.start + extent.span;
const cover = (first: Extent, last: Extent): Extent => ({ start: first.start, span: end(last) - first.start });

/** Whether two items sit under the same groups down to `level` (inclusive). */
function sharePath(a: TreeItem, b: TreeItem, level: number): boolean {
  for (let i = 0; i <= level; i++) {
    if (a.groups?.[i] === undefined || a.groups[i] !== b.groups?.[i]) return false;
  }
  return true;
}

/**
 * The cells of a header tree: `along[i]` is item i's extent, `levels` the extents of the levels across
 * (at least groupDepth + 1 of them; the item labels reach the last one).
 */
export function headerTree(
  items: readonly TreeItem[],
  along: readonly Extent[],
  levels: readonly Extent[],
): TreeCell[] {
  const lastLevel = levels.at(-1);
  if (!lastLevel || levels.length <= groupDepth(items) || along.length !== items.length) {
    throw new Error("headerTree: fewer levels than the groups need, or an extent missing");
  }
  const cells: TreeCell[] = [];
  levels.slice(0, -1).forEach((level, depth) => {
    let first = 0;
    items.forEach((item, i) => {
      const next = items[i + 1];
      if (next && sharePath(item, next, depth)) return;
      const text = item.groups?.[depth];
      if (text !== undefined) {
        cells.push({ text, along: cover(along[first]!, along[i]!), across: level });
      }
      first = i + 1;
    });
  });
  items.forEach((item, i) => {
    const from = levels[item.groups?.length ?? 0]!;
    cells.push({ text: item.label, along: along[i]!, across: cover(from, lastLevel), item: i });
  });
  return cells;
}
