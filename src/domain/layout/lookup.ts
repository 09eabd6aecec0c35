import type { CellRef } from "../model";
import { refId } from "../cells";
import { toA1 } from "./a1";
import type { SheetLayout } from "./sheet";

// Address ↔ key lookups over a finished layout, indexed once per layout (layouts are never mutated).

type Index = { addressByRef: Map<string, string>; refByPosition: Map<string, CellRef> };

const indexes = new WeakMap<SheetLayout, Index>();
const positionId = (row: number, col: number): string => `${row},${col}`;

function indexOf(layout: SheetLayout): Index {
  let index = indexes.get(layout);
  if (!index) {
    index = { addressByRef: new Map(), refByPosition: new Map() };
    for (const cell of layout.cells) {
      if (!cell.ref) continue;
      index.addressByRef.set(refId(cell.ref), toA1(cell.row, cell.col));
      index.refByPosition.set(positionId(cell.row, cell.col), cell.ref);
    }
    indexes.set(layout, index);
  }
  return index;
}

/** The A1 address of a table cell in the layout, or undefined when the layout has no such cell. */
export function addressOf(layout: SheetLayout, ref: CellRef): string | undefined {
  return indexOf(layout).addressByRef.get(refId(ref));
}

/**
 * The table cell at a 0-based position, or undefined for any other cell. A position inside a merged figure
 * (a figure of table 二 spans several columns) answers for the figure, as Excel reports the whole merge.
 */
export function refAt(layout: SheetLayout, row: number, col: number): CellRef | undefined {
  const merge = layout.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  const [top, left] = merge ? [merge.top, merge.left] : [row, col];
  return indexOf(layout).refByPosition.get(positionId(top, left));
}
