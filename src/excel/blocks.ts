import { A1AddressError, fromA1, type SheetCell, type SheetLayout } from "../domain";

// Rectangles of cells, 0-based: a layout cell's block (its merge, or itself), and the rectangle of an address that
// Excel reports in an event ("B5", "B5:H9", "5:7" for whole rows, "B:C" for whole columns).

export type Block = { row: number; col: number; rows: number; cols: number };

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** The block a layout cell covers: the merge it is the top-left of, or the one cell. */
export function blockOf(layout: SheetLayout, cell: { row: number; col: number }): Block {
  const merge = layout.merges.find((m) => m.top === cell.row && m.left === cell.col);
  return merge
    ? { row: cell.row, col: cell.col, rows: merge.bottom - merge.top + 1, cols: merge.right - merge.left + 1 }
    : { row: cell.row, col: cell.col, rows: 1, cols: 1 };
}

/** Whether two blocks share a cell. */
export function overlaps(a: Block, b: Block): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

function corner(text: string): { row?: number; col?: number } {
  if (/^\$?\d+$/.test(text)) return { row: Number(text.replace("$", "")) - 1 };
  if (/^\$?[A-Za-z]{1,3}$/.test(text)) return { col: fromA1(`${text.replace("$", "")}1`).col };
  return fromA1(text);
}

/** The block of an address as Excel reports it in an event; undefined for anything it cannot read. */
export function blockOfAddress(address: string): Block | undefined {
  const bare = address.slice(address.lastIndexOf("!") + 1);
  const [first = "", second = first] = bare.split(":");
  try {
    const a = corner(first);
    const b = corner(second);
    const top = Math.min(a.row ?? 0, b.row ?? 0);
    const bottom = a.row === undefined ? MAX_ROWS - 1 : Math.max(a.row, b.row ?? a.row);
    const left = Math.min(a.col ?? 0, b.col ?? 0);
    const right = a.col === undefined ? MAX_COLUMNS - 1 : Math.max(a.col, b.col ?? a.col);
    return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  } catch (error) {
    if (error instanceof A1AddressError) return undefined;
    throw error;
  }
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
