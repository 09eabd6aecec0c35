import { cellIndex, TooManyCells, type Block } from "./sheet-part";

// Which merged block a cell belongs to, without writing down every cell of a huge block: one merge can cover
// 17 billion cells (AA1:XFD1048576) in a 10 KB file. Blocks of a sensible size are looked up by cell; the few
// large ones are kept as they are and checked one by one.

/** Blocks up to this many cells are indexed cell by cell (a report's largest, its prose box, is a few hundred). */
const SMALL_BLOCK = 10_000;
/** Cells indexed per workbook before further blocks count as large. */
const INDEXED_CELLS = 1_000_000;
/** Large blocks per sheet: each is checked on every lookup. */
const LARGE_BLOCKS = 200;

export type MergeIndex = (row: number, col: number) => Block;

/** The budget of indexed cells a workbook's sheets share. */
export type MergeBudget = { indexedCells: number };

export const mergeBudget = (): MergeBudget => ({ indexedCells: INDEXED_CELLS });

/** The block each cell belongs to (a lone cell is its own block); throws TooManyCells for a sheet of large merges. */
export function indexMerges(merges: readonly Block[], budget: MergeBudget): MergeIndex {
  const byCell = new Map<number, Block>();
  const large: Block[] = [];
  for (const block of merges) {
    const area = (block.bottom - block.top + 1) * (block.right - block.left + 1);
    if (area > SMALL_BLOCK || area > budget.indexedCells) {
      if (large.length >= LARGE_BLOCKS) throw new TooManyCells();
      large.push(block);
      continue;
    }
    budget.indexedCells -= area;
    for (let row = block.top; row <= block.bottom; row++) {
      for (let col = block.left; col <= block.right; col++) {
        // Overlapping merges are no file Excel wrote; the first one listed keeps the cell.
        if (!byCell.has(cellIndex(row, col))) byCell.set(cellIndex(row, col), block);
      }
    }
  }
  return (row, col) =>
    byCell.get(cellIndex(row, col)) ??
    large.find((b) => row >= b.top && row <= b.bottom && col >= b.left && col <= b.right) ?? {
      top: row,
      left: col,
      bottom: row,
      right: col,
    };
}
