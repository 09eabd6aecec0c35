import { parseAddress, type Rect } from "./address";
import { DEFAULT_API_LEVEL } from "./api-level";
import { recalculate } from "./recalculate";
import { CellEditMode } from "./cell-edit";
import { BatchSession } from "./batch-session";
import { assertEditable, toMatrix, writeInputs } from "./cells";
import { PreviewRequestContext, type RunOptions } from "./context";
import { clearValidation } from "./data-validation";
import { PreviewError } from "./errors";
import { EventRegistry } from "./event-registry";
import { createWorkbookModel, findSheet, type SheetModel, type WorkbookModel } from "./model";
import type { ChangeRecord, Operation, TriggerSource } from "./session";
import { takeSnapshot, type WorkbookSnapshot } from "./snapshot";
import { StatsRecorder, type PreviewStats } from "./stats";
import { typedEntry } from "./text";
import { captureDocument, UndoStack, type RestoredChange } from "./undo";
import { validationRefusal, type UiEditResult } from "./validation-refusal";

export type { UiEditResult };
export type { RunOptions };

type Batch<T> = (context: PreviewRequestContext) => Promise<T> | T;

/** The preview's workbook: the model, Excel.run over it, UI edits, undo, change listeners and sync statistics. */
export class PreviewWorkbook {
  readonly model: WorkbookModel;
  readonly events = new EventRegistry();
  /** The user's undo stack, shared with the add-in's writes. */
  readonly undoStack = new UndoStack();
  /** Whether a cell editor is open in the grid (cell-edit mode). */
  readonly cellEdit = new CellEditMode();
  /** The ExcelApi level the host answers as a minor version (8 for ExcelApi 1.8); see api-level.ts. */
  apiLevel = DEFAULT_API_LEVEL;
  private readonly recorder = new StatsRecorder();
  private readonly listeners = new Set<() => void>();
  private failAt: number | undefined;
  private readonly focusListeners = new Set<() => void>();

  constructor(model: WorkbookModel = createWorkbookModel()) {
    this.model = model;
  }

  /** Excel.run: a new request context per batch; queued operations left unsynced are flushed at the end. */
  async run<T>(batch: Batch<T>, options: RunOptions = {}): Promise<T> {
    const context = new PreviewRequestContext(this, this.recorder.startRun(), options);
    const result = await batch(context);
    if (context.hasPending) await context.sync();
    return result;
  }

  /**
   * Excel.run(first, batch): `first` is an object whose context the batch reuses (as Office.js does to remove a
   * handler), or Excel.RunOptions for a new context.
   */
  async runIn<T>(first: unknown, batch: Batch<T> | undefined): Promise<T> {
    if (!batch) throw new PreviewError("InvalidArgument", "Excel.run needs a batch function.");
    const holder = first as { context?: unknown } | undefined;
    const context = first instanceof PreviewRequestContext ? first : holder?.context;
    if (!(context instanceof PreviewRequestContext)) return this.run(batch, first ?? {});
    const result = await batch(context);
    if (context.hasPending) await context.sync();
    return result;
  }

  /**
   * Applies operations in order (recalculating before any load that follows a change), then notifies. A batch that
   * changes the document is one undo step (joining the step of its run when `undoGroup` is given); an API without
   * undo support clears the stack, and only what follows it in the batch can be undone.
   */
  applyBatch(operations: Operation[], triggerSource: TriggerSource, undoGroup?: object): void {
    const model = this.model;
    const activeBefore = model.activeSheetId;
    const session = new BatchSession(model, triggerSource, this.apiLevel, undoGroup);
    let before: ReturnType<typeof captureDocument> | undefined;
    try {
      for (const operation of operations) {
        if (operation.kind === "load" && session.dirty) {
          recalculate(model);
          session.dirty = false;
        }
        if (operation.kind === "write" && before === undefined) before = captureDocument(model);
        operation.apply(session);
        if (session.clearUndo) {
          // Only what follows the call can be undone: the next write takes a fresh "before".
          this.undoStack.clear();
          session.clearUndo = false;
          session.undoable = false;
          before = undefined;
        }
      }
    } finally {
      if (before && session.undoable) this.undoStack.push(before, undoGroup);
      if (session.dirty) recalculate(model);
      if (session.changed) this.notify();
      this.events.dispatch(session.records, model, this.apiLevel);
      if (session.selected && triggerSource === "ThisLocalAddin")
        for (const listener of [...this.focusListeners]) listener();
      if (model.activeSheetId !== activeBefore && model.activeSheetId !== "")
        this.events.dispatchActivated(model.activeSheetId);
    }
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** Ctrl+Z in the grid: takes back the last undo step, recalculates, repaints; false when there is none. */
  undoFromUi(): boolean {
    return this.restored(this.undoStack.undo(this.model));
  }

  /** Ctrl+Y (or Ctrl+Shift+Z): brings back the last undone step; false when there is none. */
  redoFromUi(): boolean {
    return this.restored(this.undoStack.redo(this.model));
  }

  /** After an undo or redo: formulas see the restored inputs, the grid redraws, the add-in hears of the cells. */
  private restored(changes: RestoredChange[] | undefined): boolean {
    if (!changes) return false;
    recalculate(this.model);
    this.notify();
    const records = changes.map(({ sheetId, rect }: { sheetId: string; rect: Rect }): ChangeRecord => ({
      sheetId,
      rect,
      changeType: "RangeEdited",
      triggerSource: "Unknown",
      source: "Local",
    }));
    if (this.model.enableEvents) this.events.dispatch(records, this.model, this.apiLevel);
    return true;
  }

  /** The grid opened a cell editor: batches now fail or wait (cell-edit mode). */
  beginCellEditFromUi(): void {
    this.cellEdit.begin();
  }

  /** The grid's cell editor closed (after its value was written, on Enter). */
  endCellEditFromUi(): void {
    this.cellEdit.end();
  }

  /** An edit typed into the grid page: refused on locked cells of a protected sheet and by validation alerts. */
  editFromUi(sheetName: string, address: string, valuesOrFormulas: unknown[][]): UiEditResult {
    const sheet = this.sheetNamed(sheetName);
    const rect = parseAddress(address);
    const matrix = toMatrix(valuesOrFormulas, rect).map((row) => row.map(typedEntry));
    try {
      assertEditable(sheet, rect);
    } catch {
      return { ok: false, reason: "protected", address };
    }
    const refusal = validationRefusal(this.model, sheet, rect, matrix, address);
    if (refusal) return refusal;
    this.applyBatch([{ kind: "write", apply: (session) => writeInputs(session, sheet, rect, matrix) }], "Unknown");
    return { ok: true };
  }

  /**
   * A paste from the grid page: as in Excel, it replaces the cells' data validation (a pasted cell brings its own,
   * none here) instead of being refused by it; locked cells of a protected sheet still refuse it.
   */
  pasteFromUi(sheetName: string, address: string, values: unknown[][]): UiEditResult {
    const sheet = this.sheetNamed(sheetName);
    const rect = parseAddress(address);
    const matrix = toMatrix(values, rect);
    try {
      assertEditable(sheet, rect);
    } catch {
      return { ok: false, reason: "protected", address };
    }
    this.applyBatch(
      [
        {
          kind: "write",
          apply: (session) => {
            clearValidation(sheet, rect);
            writeInputs(session, sheet, rect, matrix);
          },
        },
      ],
      "Unknown",
    );
    return { ok: true };
  }

  /**
   * Makes the Nth context.sync() from now fail part-way (fault tests): half its operations are applied, then it
   * rejects with a GeneralException, as when Excel loses the connection during a batch.
   */
  failSync(nth: number): void {
    this.failAt = nth;
  }

  /** Counts one sync towards failSync; the error to throw when this is the one. */
  takeSyncFailure(): PreviewError | undefined {
    if (this.failAt === undefined) return undefined;
    this.failAt -= 1;
    if (this.failAt > 0) return undefined;
    this.failAt = undefined;
    return new PreviewError("GeneralException", "The preview host was told to fail this sync.");
  }

  /** The grid page's selection: selects cells and activates their sheet. */
  selectFromUi(sheetName: string, address: string): void {
    const sheet = this.sheetNamed(sheetName);
    const rect = parseAddress(address);
    this.applyBatch(
      [
        {
          kind: "view",
          apply: (session) => {
            session.model.activeSheetId = sheet.id;
            session.model.selection = { sheetId: sheet.id, rect };
            session.recordChange("view");
          },
        },
      ],
      "Unknown",
    );
  }

  private sheetNamed(name: string): SheetModel {
    const sheet = findSheet(this.model, name);
    if (!sheet) throw new PreviewError("ItemNotFound", `No worksheet named "${name}".`);
    return sheet;
  }

  /** A plain, serialisable picture of the workbook for the grid page. */
  snapshot(): WorkbookSnapshot {
    return takeSnapshot(this.model);
  }

  /** Calls the listener after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Calls the listener when the add-in selects cells (after jumping to a finding): the grid page then takes keyboard
   * focus, so what a person types next goes into the cell. Returns the unsubscribe function.
   */
  onFocusRequest(listener: () => void): () => void {
    this.focusListeners.add(listener);
    return () => this.focusListeners.delete(listener);
  }

  /** Syncs and queued operations per Excel.run since the last reset, plus totals. */
  get stats(): PreviewStats {
    return this.recorder.read();
  }

  /** Starts the counters afresh. */
  resetStats(): void {
    this.recorder.reset();
  }

  /** Resolves once every event handler raised so far has finished. */
  whenIdle(): Promise<void> {
    return this.events.whenIdle();
  }
}

/** A fresh workbook with one empty sheet "Sheet1". */
export function createWorkbook(): PreviewWorkbook {
  return new PreviewWorkbook();
}
