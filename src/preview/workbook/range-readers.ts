import { formatRect, MAX_COLUMNS, MAX_ROWS, quoteSheetName, sizeOf, type Rect } from "./address";
import { invalidArgument } from "./errors";
import { getCell, type Scalar } from "./model";
import type { RangeTarget } from "./range-target";
import { formatText } from "./text";

export type Matrix<T> = T[][];

function matrixOf<T>({ sheet, rect }: RangeTarget, read: (cell: ReturnType<typeof getCell>) => T): Matrix<T> {
  const { rows, cols } = sizeOf(rect);
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => read(getCell(sheet, rect.top + r, rect.left + c))),
  );
}

/** How each loadable Range property is read from the model. */
export const readers: Record<string, (target: RangeTarget) => unknown> = {
  address: ({ sheet, rect }) => `${quoteSheetName(sheet.name)}!${formatRect(rect)}`,
  values: (t) => matrixOf<Scalar>(t, (cell) => cell?.value ?? ""),
  formulas: (t) => matrixOf<Scalar>(t, (cell) => cell?.formula ?? cell?.value ?? ""),
  numberFormat: (t) => matrixOf(t, (cell) => cell?.numberFormat ?? "General"),
  text: (t) => matrixOf(t, (cell) => formatText(cell?.value ?? "", cell?.numberFormat)),
  rowIndex: ({ rect }) => rect.top,
  columnIndex: ({ rect }) => rect.left,
  rowCount: ({ rect }) => sizeOf(rect).rows,
  columnCount: ({ rect }) => sizeOf(rect).cols,
};

/** Rejects a rect that leaves the grid or has no cells (InvalidArgument). */
export function checkedRect(rect: Rect): Rect {
  const ok = rect.top >= 0 && rect.left >= 0 && rect.bottom < MAX_ROWS && rect.right < MAX_COLUMNS;
  if (!ok || rect.bottom < rect.top || rect.right < rect.left) throw invalidArgument("range outside the grid");
  return rect;
}
