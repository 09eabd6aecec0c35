import type { TextItem } from "./pdf-content";

// The figure columns of a table printed without ruling lines: where its rows' figures stand, their extents
// overlapping down a column. A blank is only added to a row where its place is certain.

/** Columns where figures stand: extents that overlap, merged, from the left. */
export function columnsOf(figures: readonly TextItem[]): [number, number][] {
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
export function placed(figures: readonly TextItem[], columns: readonly [number, number][]): string[][] | undefined {
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
