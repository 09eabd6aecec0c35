import type { SheetCell, SheetLayout } from "../domain";

// Rectangles of cells, 0-based: a layout cell's block (its merge, or itself), and runs of them along a row.

export type Block = { row: number; col: number; rows: number; cols: number };

/** The block a layout cell covers: the merge it is the top-left of, or the one cell. */
export function blockOf(layout: SheetLayout, cell: { row: number; col: number }): Block {
  const merge = layout.merges.find((m) => m.top === cell.row && m.left === cell.col);
  return merge
    ? { row: cell.row, col: cell.col, rows: merge.bottom - merge.top + 1, cols: merge.right - merge.left + 1 }
    : { row: cell.row, col: cell.col, rows: 1, cols: 1 };
}

/**
 * The blocks of some layout cells joined along each row: neighbouring cells with the same key (their kind, say)
 * become one block, so that one range gets one validation or one unlock instead of one per cell.
 */
export function rowRuns<K extends string>(
  layout: SheetLayout,
  cells: readonly SheetCell[],
  keyOf: (cell: SheetCell) => K,
): { block: Block; key: K }[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: { block: Block; key: K }[] = [];
  for (const cell of sorted) {
    const block = blockOf(layout, cell);
    const key = keyOf(cell);
    const last = runs.at(-1);
    const joins =
      last?.key === key &&
      last.block.row === block.row &&
      last.block.rows === block.rows &&
      last.block.col + last.block.cols === block.col;
    if (last && joins) last.block = { ...last.block, cols: last.block.cols + block.cols };
    else runs.push({ block, key });
  }
  return runs;
}
