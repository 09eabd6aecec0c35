import type { Rect } from "./address";
import { PreviewError } from "./errors";
import type { Scalar, SheetModel, WorkbookModel } from "./model";
import type { ChangeRecord, ChangeType, Session, TriggerSource } from "./session";

/** What one batch's operations reported while they were applied: events to raise, recalculation, undo, focus. */
export class BatchSession implements Session {
  readonly records: ChangeRecord[] = [];
  /** Formulas must be recalculated before the next read. */
  dirty = false;
  /** Something the grid shows changed. */
  changed = false;
  /** Something an undo step would put back changed (not only the selection or the active sheet). */
  undoable = false;
  /** An API without undo support ran: the undo stack is to be cleared. */
  clearUndo = false;
  /** The add-in selected cells. */
  selected = false;

  constructor(
    readonly model: WorkbookModel,
    readonly triggerSource: TriggerSource,
    readonly apiLevel: number,
    private readonly undoGroup: object | undefined,
  ) {}

  recordEdit(sheet: SheetModel, rect: Rect, changeType: ChangeType, valueBefore?: Scalar): void {
    this.dirty = true;
    this.changed = true;
    this.undoable = true;
    if (!this.model.enableEvents) return;
    this.records.push({
      sheetId: sheet.id,
      rect,
      changeType,
      triggerSource: this.triggerSource,
      source: "Local",
      ...(valueBefore === undefined ? {} : { valueBefore }),
    });
  }

  recordChange(kind?: "display" | "view"): void {
    // Sheet renames, deletions, merges and names change what formulas see, so they recalculate; formats do not.
    this.changed = true;
    if (kind !== "view") this.undoable = true;
    if (kind === undefined) this.dirty = true;
  }

  recordSelect(): void {
    this.selected = true;
  }

  undoUnsupported(api: string): void {
    if (this.undoGroup !== undefined)
      throw new PreviewError("UndoNotSupported", `${api} has no undo, so it cannot join an undo group.`);
    this.clearUndo = true;
  }
}
