import { useLayoutEffect, useState, type RefObject } from "react";
import { HEADER_COLUMN_PX, HEADER_ROW_PX, type SheetLayout } from "./sheet-layout";

type Frozen = SheetLayout["frozen"];
/** The frozen places, and where the scrolled pane starts below and right of them (the frozen rows' and columns' end). */
export type FrozenPlaces = Frozen & { paneTopPx: number; paneLeftPx: number };

/**
 * Where the frozen rows and columns stick, in pixels from the grid's top and left edges, measured as the browser drew
 * them: the row of column letters and the rows themselves grow to fit their text, so the layout's sizes are only a
 * first guess. A frozen cell that stuck anywhere else would jump as scrolling starts, and leave a strip of the cells
 * scrolled under it showing. The same object until a place moves, so the memoised rows re-render only then.
 */
export function useFrozenOffsets(tableRef: RefObject<HTMLTableElement | null>, layout: SheetLayout): FrozenPlaces {
  const [offsets, setOffsets] = useState<FrozenPlaces>(() => ({
    ...layout.frozen,
    paneTopPx: HEADER_ROW_PX + sum(layout.rowHeightsPx.slice(0, layout.frozen.topPx.length)),
    paneLeftPx: HEADER_COLUMN_PX + sum(layout.columnWidthsPx.slice(0, layout.frozen.leftPx.length)),
  }));
  useLayoutEffect(() => {
    const table = tableRef.current;
    if (!table) return;
    const measured = measureFrozen(table, layout.frozen);
    setOffsets((current) => (sameOffsets(current, measured) ? current : measured));
  }, [tableRef, layout]);
  return offsets;
}

// Sizes rather than positions: a sticky cell's position moves as the grid scrolls, its size does not.
function measureFrozen(table: HTMLTableElement, frozen: Frozen): FrozenPlaces {
  const height = (element: Element | null | undefined) => element?.getBoundingClientRect().height ?? 0;
  const width = (element: Element | null | undefined) => element?.getBoundingClientRect().width ?? 0;
  const letters = table.tHead?.rows[0];
  const rows = table.tBodies[0]?.rows;
  const topPx: number[] = [];
  let top = height(letters);
  for (let row = 0; row < frozen.topPx.length; row++) {
    topPx.push(top);
    top += height(rows?.[row]);
  }
  const leftPx: number[] = [];
  let left = width(letters?.cells[0]);
  for (let col = 0; col < frozen.leftPx.length; col++) {
    leftPx.push(left);
    left += width(letters?.cells[col + 1]);
  }
  return { topPx, leftPx, paneTopPx: top, paneLeftPx: left };
}

function sameOffsets(a: FrozenPlaces, b: FrozenPlaces): boolean {
  const same = (x: number[], y: number[]) => x.length === y.length && x.every((value, i) => value === y[i]);
  return (
    same(a.topPx, b.topPx) && same(a.leftPx, b.leftPx) && a.paneTopPx === b.paneTopPx && a.paneLeftPx === b.paneLeftPx
  );
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
