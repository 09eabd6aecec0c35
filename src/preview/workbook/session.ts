import type { Rect } from "./address";
import type { Scalar, SheetModel, WorkbookModel } from "./model";

export type TriggerSource = "ThisLocalAddin" | "Unknown";
export type EventSource = "Local" | "Remote";
export type ChangeType = "RangeEdited" | "RowInserted" | "RowDeleted";

/** A change worth an onChanged event, captured when the write happened (with enableEvents on). */
export type ChangeRecord = {
  sheetId: string;
  rect: Rect;
  changeType: ChangeType;
  triggerSource: TriggerSource;
  source: EventSource;
  /** The single cell's value before the edit; only single-cell edits carry details, as in Excel. */
  valueBefore?: Scalar;
};

/** What queued operations see while a sync applies them. */
export type Session = {
  readonly model: WorkbookModel;
  readonly triggerSource: TriggerSource;
  /** The host's ExcelApi level as a minor version (8 for ExcelApi 1.8): newer APIs fail with ApiNotFound. */
  readonly apiLevel: number;
  /**
   * Notes a call of an API without undo support ("Undo capabilities of Excel add-ins"): it clears the user's undo
   * stack, or throws UndoNotSupported inside a run with mergeUndoGroup.
   */
  undoUnsupported(api: string): void;
  /** Notes a change of values, formulas or rows: recalculation follows, and an event if events are on. */
  recordEdit(sheet: SheetModel, rect: Rect, changeType: ChangeType, valueBefore?: Scalar): void;
  /**
   * Notes any other change, so that subscribers (the grid) redraw. A change of how cells look ("display": formats,
   * notes, validation) leaves every formula's result as it was, so it is not followed by a recalculation. A change of
   * "view" (selection, active sheet) is not even an undo step.
   */
  recordChange(kind?: "display" | "view"): void;
  /** Notes that a selection was made (range.select()): an add-in's moves keyboard focus to the grid. */
  recordSelect?(): void;
};

/**
 * One queued operation: a write/method call, a load, or a "view" write that only moves the selection or the active
 * sheet (no undo step, so the document is not copied for one).
 */
export type Operation = { kind: "write" | "view" | "load"; apply: (session: Session) => void };
