import { useMemo, useSyncExternalStore } from "react";
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import type { PreviewWorkbook } from "../workbook/workbook";

/**
 * The workbook's latest snapshot; re-renders after every change (UI edits and Excel.run syncs alike). Parts that did
 * not change keep their identity from the previous snapshot, so the grid re-renders only the cells that changed.
 */
export function useWorkbookSnapshot(workbook: PreviewWorkbook): WorkbookSnapshot {
  const store = useMemo(() => snapshotStore(workbook), [workbook]);
  return useSyncExternalStore(store.subscribe, store.read);
}

// useSyncExternalStore needs the same object back until something changes, so the snapshot is cached here.
function snapshotStore(workbook: PreviewWorkbook): {
  subscribe: (onChange: () => void) => () => void;
  read: () => WorkbookSnapshot;
} {
  let current = workbook.snapshot();
  return {
    subscribe: (onChange) => {
      current = keepUnchanged(current, workbook.snapshot());
      // One Enter is two changes (the value, then the selection moving down): both are taken in one snapshot, once
      // the code that made them has finished, instead of a full snapshot each.
      let pending = false;
      return workbook.subscribe(() => {
        if (pending) return;
        pending = true;
        queueMicrotask(() => {
          pending = false;
          current = keepUnchanged(current, workbook.snapshot());
          onChange();
        });
      });
    },
    read: () => current,
  };
}

/**
 * Whether two pieces of snapshot data (plain objects, arrays, scalars) hold the same, a key set to undefined being no
 * key. Compared in place: writing every cell's format out as JSON, twice, on every edit was most of this file's time.
 */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = (value: Record<string, unknown>) => Object.keys(value).filter((key) => value[key] !== undefined);
  const leftKeys = keys(left);
  return leftKeys.length === keys(right).length && leftKeys.every((key) => same(left[key], right[key]));
}

function sameCell(a: CellSnapshot, b: CellSnapshot): boolean {
  return (
    a.value === b.value &&
    a.formula === b.formula &&
    a.text === b.text &&
    a.numberFormat === b.numberFormat &&
    a.locked === b.locked &&
    same(a.format, b.format) &&
    // A conditional format repaints a cell whose own value did not change (a balance broken by another cell).
    same(a.conditional, b.conditional)
  );
}

/** `next` with every sheet, cell and note list that equals its counterpart in `previous` replaced by that one. */
export function keepUnchanged(previous: WorkbookSnapshot, next: WorkbookSnapshot): WorkbookSnapshot {
  const before = new Map(previous.sheets.map((sheet) => [sheet.id, sheet]));
  return { ...next, sheets: next.sheets.map((sheet) => keepUnchangedSheet(before.get(sheet.id), sheet)) };
}

function keepUnchangedSheet(previous: SheetSnapshot | undefined, next: SheetSnapshot): SheetSnapshot {
  if (!previous) return next;
  const before = new Map(previous.cells.map((cell) => [cell.address, cell]));
  let changed = previous.cells.length !== next.cells.length;
  const cells = next.cells.map((cell) => {
    const old = before.get(cell.address);
    if (old && sameCell(old, cell)) return old;
    changed = true;
    return cell;
  });
  const notes = same(previous.notes, next.notes) ? previous.notes : next.notes;
  const merges = same(previous.merges, next.merges) ? previous.merges : next.merges;
  const sheet = { ...next, cells: changed ? cells : previous.cells, notes, merges };
  // The rest (name, protection, sizes, validations…) is small: compared whole, lists already settled above.
  const settled = new Set<keyof SheetSnapshot>(["cells", "notes", "merges"]);
  const unchanged = (Object.keys(sheet) as (keyof SheetSnapshot)[]).every((key) =>
    settled.has(key) ? sheet[key] === previous[key] : same(sheet[key], previous[key]),
  );
  return unchanged ? previous : sheet;
}
