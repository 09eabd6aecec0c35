import { useCallback, useEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from "react";
import { cellAddress, formatRect, type Rect } from "../workbook/address";
import type { SheetSnapshot } from "../workbook/snapshot";
import type { UiEditResult } from "../workbook/workbook";
import { parsePasteBlock } from "./paste-block";
import { areaAt, moveSelection, type ArrowKey, type SheetLayout } from "./sheet-layout";

/** What the grid may do to the workbook; the page passes the preview workbook's methods. */
export type GridActions = {
  edit: (sheetName: string, address: string, values: string[][]) => UiEditResult;
  /** Calls the listener when the add-in selected cells (jumping to a finding): focus then moves to the grid. */
  onFocusRequest: (listener: () => void) => () => void;
  /** A paste: replaces data validation instead of being refused by it, as in Excel. */
  paste: (sheetName: string, address: string, values: string[][]) => UiEditResult;
  select: (sheetName: string, address: string) => void;
  /** Ctrl+Z: takes back the last undo step (false when there is none). */
  undo: () => boolean;
  /** Ctrl+Y or Ctrl+Shift+Z: brings back the last undone step. */
  redo: () => boolean;
  /** A cell editor opened or closed: the workbook is in cell-edit mode meanwhile. */
  cellEdit: (open: boolean) => void;
};

export type Refusal = Extract<UiEditResult, { ok: false }>;
export type Editing = { row: number; col: number; address: string; draft: string };

type Options = {
  sheet: SheetSnapshot;
  layout: SheetLayout;
  selection: Rect;
  actions: GridActions;
  onRefused: (refusal: Refusal) => void;
  onAccepted: () => void;
};

const arrows = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"]);

function isProtected(sheet: SheetSnapshot, row: number, col: number): boolean {
  if (!sheet.protection.protected) return false;
  // Excel locks every cell unless told otherwise, so a cell the snapshot does not list is locked.
  return sheet.cells.find((c) => c.row === row && c.col === col)?.locked ?? true;
}

function inputOf(sheet: SheetSnapshot, row: number, col: number): string {
  const cell = sheet.cells.find((c) => c.row === row && c.col === col);
  return cell?.formula ?? (cell ? String(cell.value) : "");
}

/** Selection, in-cell editing, keyboard moves and pasting for the grid; edits go through `actions`. */
export function useGridEditing({ sheet, layout, selection, actions, onRefused, onAccepted }: Options) {
  const [editing, setEditing] = useState<Editing | undefined>(undefined);
  const editingRef = useRef<Editing | undefined>(undefined);
  const gridRef = useRef<HTMLTableElement>(null);
  const focusWanted = useRef(false);
  const [focusRequests, setFocusRequests] = useState(0);
  const active = { row: selection.top, col: selection.left };

  const select = useCallback(
    (rect: Rect) => {
      focusWanted.current = true;
      actions.select(sheet.name, formatRect(rect));
    },
    [actions, sheet.name],
  );

  const startEditing = (row: number, col: number, draft: string): void => {
    if (isProtected(sheet, row, col)) {
      onRefused({ ok: false, reason: "protected", address: cellAddress(row, col) });
      return;
    }
    const next = { row, col, address: cellAddress(row, col), draft };
    if (!editingRef.current) actions.cellEdit(true);
    editingRef.current = next;
    setEditing(next);
  };

  const stopEditing = (): void => {
    if (editingRef.current) actions.cellEdit(false);
    editingRef.current = undefined;
    setEditing(undefined);
    focusWanted.current = true;
  };

  /** Writes the draft; a refused value keeps the editor open so the user can correct it. */
  const commit = (then?: ArrowKey): boolean => {
    const current = editingRef.current;
    if (!current) return true;
    const result = actions.edit(sheet.name, current.address, [[current.draft]]);
    if (!result.ok) {
      onRefused(result);
      return false;
    }
    onAccepted();
    stopEditing();
    select(then ? moveSelection(layout, current, then) : areaAt(layout, current.row, current.col));
    return true;
  };

  const setDraft = (draft: string): void => {
    if (!editingRef.current) return;
    editingRef.current = { ...editingRef.current, draft };
    setEditing(editingRef.current);
  };

  const onEditorKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    // The grid's own key handling must not see keys meant for the editor (Enter would reopen it).
    event.stopPropagation();
    if (event.key === "Enter" && event.altKey) {
      // Alt+Enter starts a new line within the cell; Enter alone ends the edit. “Start a new line of text inside a
      // cell in Excel” (support.microsoft.com).
      event.preventDefault();
      const { selectionStart, selectionEnd, value } = event.currentTarget;
      setDraft(`${value.slice(0, selectionStart)}\n${value.slice(selectionEnd)}`);
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      commit(event.key === "Tab" ? "ArrowRight" : "ArrowDown");
    } else if (event.key === "Escape") {
      event.preventDefault();
      stopEditing();
    }
  };

  const onGridKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (editingRef.current || event.altKey) return;
    const key = event.key;
    if (event.ctrlKey || event.metaKey) {
      const lower = key.toLowerCase();
      const redo = lower === "y" || (lower === "z" && event.shiftKey);
      if (lower !== "z" && !redo) return;
      event.preventDefault();
      if (redo) actions.redo();
      else actions.undo();
      return;
    }
    if (arrows.has(key)) {
      event.preventDefault();
      select(moveSelection(layout, active, key as ArrowKey));
    } else if (key === "Enter" || key === "F2") {
      event.preventDefault();
      startEditing(active.row, active.col, inputOf(sheet, active.row, active.col));
    } else if (key === "Delete") {
      event.preventDefault();
      const rows = Array.from({ length: selection.bottom - selection.top + 1 }, () =>
        Array<string>(selection.right - selection.left + 1).fill(""),
      );
      const result = actions.edit(sheet.name, formatRect(selection), rows);
      if (result.ok) onAccepted();
      else onRefused(result);
    } else if (key.length === 1 || key === "Process") {
      // A printable key (or an IME starting to compose) replaces the cell's content, as in Excel.
      if (key !== "Process") event.preventDefault();
      startEditing(active.row, active.col, key === "Process" ? "" : key);
    }
  };

  /** Pastes a tab-separated block from the clipboard with its top-left corner at the active cell. */
  const onPaste = (event: ClipboardEvent<HTMLElement>): void => {
    if (editingRef.current) return;
    event.preventDefault();
    const block = parsePasteBlock(event.clipboardData.getData("text/plain"));
    const width = block[0]?.length ?? 1;
    const rect = {
      top: active.row,
      left: active.col,
      bottom: active.row + block.length - 1,
      right: active.col + width - 1,
    };
    const result = actions.paste(sheet.name, formatRect(rect), block);
    if (!result.ok) {
      onRefused(result);
      return;
    }
    onAccepted();
    select(rect);
  };

  const onCellClick = (row: number, col: number): void => {
    if (commit()) select(areaAt(layout, row, col));
  };

  const onCellDoubleClick = (row: number, col: number): void => startEditing(row, col, inputOf(sheet, row, col));

  // Focus follows the selection only after the user acted in the grid, or asked the pane to go to a cell; the pane's
  // own writes never steal focus.
  useEffect(
    () =>
      actions.onFocusRequest(() => {
        focusWanted.current = true;
        setFocusRequests((n) => n + 1);
      }),
    [actions],
  );
  // A grid that goes away with its editor open (another sheet shown) leaves cell-edit mode, as Excel does.
  useEffect(
    () => () => {
      if (editingRef.current) actions.cellEdit(false);
    },
    [actions],
  );
  const activeAddress = cellAddress(active.row, active.col);
  useEffect(() => {
    if (editing || !focusWanted.current) return;
    focusWanted.current = false;
    gridRef.current?.querySelector<HTMLElement>(`[data-address="${activeAddress}"]`)?.focus();
  }, [activeAddress, editing, sheet.id, focusRequests]);

  return { gridRef, editing, setDraft, onEditorKeyDown, onGridKeyDown, onPaste, onCellClick, onCellDoubleClick };
}
