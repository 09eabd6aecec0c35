import { parseAddress } from "./address";
import { recalculate } from "./calc";
import { assertEditable, toMatrix, writeInputs } from "./cells";
import { PreviewRequestContext } from "./context";
import { clearValidation } from "./data-validation";
import { PreviewError } from "./errors";
import { EventRegistry } from "./event-registry";
import { createWorkbookModel, findSheet, type SheetModel, type WorkbookModel } from "./model";
import type { ChangeRecord, Operation, Session, TriggerSource } from "./session";
import { takeSnapshot, type WorkbookSnapshot } from "./snapshot";
import { StatsRecorder, type PreviewStats } from "./stats";
import { validationRefusal, type UiEditResult } from "./validation-refusal";

export type { UiEditResult };

/** The preview's workbook: the model, Excel.run over it, UI edits, change listeners and sync statistics. */
export class PreviewWorkbook {
  readonly model: WorkbookModel;
  readonly events = new EventRegistry();
  private readonly recorder = new StatsRecorder();
  private readonly listeners = new Set<() => void>();
  private failAt: number | undefined;
  private readonly focusListeners = new Set<() => void>();

  constructor(model: WorkbookModel = createWorkbookModel()) {
    this.model = model;
  }

  /** Excel.run: a new request context per batch; queued operations left unsynced are flushed at the end. */
  async run<T>(batch: (context: PreviewRequestContext) => Promise<T> | T): Promise<T> {
    const context = new PreviewRequestContext(this, this.recorder.startRun());
    const result = await batch(context);
    if (context.hasPending) await context.sync();
    return result;
  }

  /** Excel.run(object, batch): runs the batch on the object's existing context (or a new one). */
  async runIn<T>(
    existing: unknown,
    batch: ((context: PreviewRequestContext) => Promise<T> | T) | undefined,
  ): Promise<T> {
    if (!batch) throw new PreviewError("InvalidArgument", "Excel.run needs a batch function.");
    const holder = existing as { context?: unknown } | undefined;
    const context = existing instanceof PreviewRequestContext ? existing : holder?.context;
    if (!(context instanceof PreviewRequestContext)) return this.run(batch);
    const result = await batch(context);
    if (context.hasPending) await context.sync();
    return result;
  }

  /** Applies operations in order (recalculating before any load that follows a change), then notifies. */
  applyBatch(operations: Operation[], triggerSource: TriggerSource): void {
    const records: ChangeRecord[] = [];
    let dirty = false;
    let changed = false;
    const model = this.model;
    const activeBefore = model.activeSheetId;
    let selected = false;
    const session: Session = {
      model,
      triggerSource,
      recordEdit(sheet, rect, changeType, valueBefore) {
        dirty = true;
        changed = true;
        if (!model.enableEvents) return;
        records.push({
          sheetId: sheet.id,
          rect,
          changeType,
          triggerSource,
          ...(valueBefore === undefined ? {} : { valueBefore }),
        });
      },
      recordChange(kind) {
        // Sheet renames, deletions, merges and names change what formulas see, so they recalculate; formats do not.
        changed = true;
        if (kind !== "display") dirty = true;
      },
      recordSelect() {
        selected = true;
      },
    };
    try {
      for (const operation of operations) {
        if (operation.kind === "load" && dirty) {
          recalculate(model);
          dirty = false;
        }
        operation.apply(session);
      }
    } finally {
      if (dirty) recalculate(model);
      if (changed) for (const listener of [...this.listeners]) listener();
      this.events.dispatch(records, model);
      if (selected && triggerSource === "ThisLocalAddin") for (const listener of [...this.focusListeners]) listener();
      if (model.activeSheetId !== activeBefore && model.activeSheetId !== "")
        this.events.dispatchActivated(model.activeSheetId);
    }
  }

  /** An edit typed into the grid page: refused on locked cells of a protected sheet and by validation alerts. */
  editFromUi(sheetName: string, address: string, valuesOrFormulas: unknown[][]): UiEditResult {
    const sheet = this.sheetNamed(sheetName);
    const rect = parseAddress(address);
    const matrix = toMatrix(valuesOrFormulas, rect);
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
          kind: "write",
          apply: (session) => {
            session.model.activeSheetId = sheet.id;
            session.model.selection = { sheetId: sheet.id, rect };
            session.recordChange("display");
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
