import type { Rect } from "./address";
import { cellKey, parseCellKey, type SheetModel, type WorkbookModel } from "./model";
import { rewriteRefs, type RefCorner } from "./refs";

/** How a row insertion or deletion moves row numbers; undefined means the row is gone. */
type RowShift = { row(r: number): number | undefined; span(top: number, bottom: number): [number, number] | undefined };

function insertion(at: number, count: number): RowShift {
  const move = (r: number): number => (r >= at ? r + count : r);
  // A span that straddles the insertion point grows, as Excel's references and merges do.
  return { row: move, span: (top, bottom) => [move(top), bottom >= at ? bottom + count : bottom] };
}

function deletion(at: number, count: number): RowShift {
  const last = at + count - 1;
  return {
    row: (r) => (r < at ? r : r > last ? r - count : undefined),
    span: (top, bottom) => {
      const newTop = top < at ? top : top > last ? top - count : at;
      const newBottom = bottom < at ? bottom : bottom > last ? bottom - count : at - 1;
      return newBottom < newTop ? undefined : [newTop, newBottom];
    },
  };
}

function shiftRect(rect: Rect, shift: RowShift): Rect | undefined {
  const span = shift.span(rect.top, rect.bottom);
  return span ? { ...rect, top: span[0], bottom: span[1] } : undefined;
}

function shiftRects<T extends { rect: Rect }>(items: T[], shift: RowShift): T[] {
  return items.flatMap((item) => {
    const rect = shiftRect(item.rect, shift);
    return rect ? [{ ...item, rect }] : [];
  });
}

function shiftFormulas(model: WorkbookModel, target: SheetModel, shift: RowShift): void {
  const lower = target.name.toLowerCase();
  for (const sheet of model.sheets) {
    for (const cell of sheet.cells.values()) {
      if (cell.formula === undefined) continue;
      cell.formula = rewriteRefs(cell.formula, (ref) => {
        const refSheet = ref.sheet ?? sheet.name;
        if (refSheet.toLowerCase() !== lower) return ref;
        const start = ref.start;
        const end = ref.end;
        if (start.row === undefined) return ref; // whole columns: rows do not matter
        if (!end) {
          const row = shift.row(start.row);
          return row === undefined ? undefined : { ...ref, start: { ...start, row } };
        }
        const span = shift.span(start.row, end.row ?? start.row);
        if (!span) return undefined;
        const withRow = (c: RefCorner, row: number): RefCorner => ({ ...c, row });
        return { ...ref, start: withRow(start, span[0]), end: withRow(end, span[1]) };
      });
    }
  }
}

/** A map keyed by cell (cells, notes) with its keys moved; entries on deleted rows are gone. */
function shiftCellMap<T>(map: ReadonlyMap<string, T>, shift: RowShift): Map<string, T> {
  const moved = new Map<string, T>();
  for (const [key, value] of map) {
    const { row, col } = parseCellKey(key);
    const to = shift.row(row);
    if (to !== undefined) moved.set(cellKey(to, col), value);
  }
  return moved;
}

function shiftSheetParts(model: WorkbookModel, sheet: SheetModel, shift: RowShift): void {
  sheet.cells = shiftCellMap(sheet.cells, shift);
  sheet.notes = shiftCellMap(sheet.notes, shift);
  sheet.merges = shiftRects(
    sheet.merges.map((rect) => ({ rect })),
    shift,
  ).map((m) => m.rect);
  sheet.validations = shiftRects(sheet.validations, shift);
  sheet.conditionalFormats = shiftRects(sheet.conditionalFormats, shift);
  const heights = new Map<number, number>();
  for (const [row, height] of sheet.rowHeights) {
    const moved = shift.row(row);
    if (moved !== undefined) heights.set(moved, height);
  }
  sheet.rowHeights = heights;
  for (const name of model.names) {
    if (name.ref?.sheetId !== sheet.id) continue;
    const rect = shiftRect(name.ref.rect, shift);
    name.ref = rect ? { sheetId: sheet.id, rect } : undefined;
  }
  shiftFormulas(model, sheet, shift);
}

/** Inserts `count` empty rows before row `at` (0-based), taking the formats of the row above like Excel. */
export function insertRows(model: WorkbookModel, sheet: SheetModel, at: number, count: number): void {
  shiftSheetParts(model, sheet, insertion(at, count));
  if (at === 0) return;
  for (const [key, cell] of [...sheet.cells]) {
    const { row, col } = parseCellKey(key);
    if (row !== at - 1 || (cell.format === undefined && cell.numberFormat === undefined && cell.locked === undefined))
      continue;
    for (let r = at; r < at + count; r++) {
      sheet.cells.set(cellKey(r, col), {
        value: "",
        ...(cell.format ? { format: structuredClone(cell.format) } : {}),
        ...(cell.numberFormat === undefined ? {} : { numberFormat: cell.numberFormat }),
        ...(cell.locked === undefined ? {} : { locked: cell.locked }),
      });
    }
  }
}

/** Deletes `count` rows from row `at`; references to them become #REF!, ranges over them shrink. */
export function deleteRows(model: WorkbookModel, sheet: SheetModel, at: number, count: number): void {
  shiftSheetParts(model, sheet, deletion(at, count));
}
