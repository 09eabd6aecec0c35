import { formatRect } from "./address";
import { getCell, type Scalar, type WorkbookModel } from "./model";
import type { ChangeRecord, ChangeType, EventSource, TriggerSource } from "./session";
import { valueTypeOf } from "./text";

/** The details Excel gives for a single-cell edit. */
export type ChangedEventDetail = {
  valueBefore: Scalar;
  valueAfter: Scalar;
  valueTypeBefore: string;
  valueTypeAfter: string;
};

/**
 * What getRange(context) needs of a request context: the sheet by id and its range by address. Described by shape so
 * that the registry, which the workbook owns, does not depend on the proxies built on it.
 */
export type RangeLookup<R> = {
  workbook: {
    worksheets: {
      getItem(key: string): { getRange(address: string): R };
      getItemOrNullObject(key: string): { getRange(address: string): R };
    };
  };
};

/** Excel.WorksheetChangedEventArgs as the preview raises it. */
export type WorksheetChangedEventArgs = {
  address: string;
  changeType: ChangeType;
  source: EventSource;
  worksheetId: string;
  type: "WorksheetChanged";
  /** ExcelApi 1.14; absent on older hosts. */
  triggerSource?: TriggerSource;
  details?: ChangedEventDetail;
  getRange<R>(context: RangeLookup<R>): R;
  getRangeOrNullObject<R>(context: RangeLookup<R>): R;
};

export type WorksheetChangedHandler = (args: WorksheetChangedEventArgs) => unknown;

type Registration = { id: number; scope: string; handler: WorksheetChangedHandler };

/** Excel.WorksheetActivatedEventArgs as the preview raises it. */
export type WorksheetActivatedEventArgs = { type: "WorksheetActivated"; worksheetId: string };
export type WorksheetActivatedHandler = (args: WorksheetActivatedEventArgs) => unknown;

/** The add-in's registered onChanged handlers, and their asynchronous dispatch. */
export class EventRegistry {
  private registrations: Registration[] = [];
  private activations: { id: number; handler: WorksheetActivatedHandler }[] = [];
  private nextId = 0;
  private running = new Set<Promise<void>>();
  /** Errors thrown by handlers (Excel swallows them; tests and the page can read them here). */
  readonly handlerErrors: unknown[] = [];
  private toDrop = 0;
  private toSendAsRemote = 0;

  /**
   * Test hook: the next `count` changes raise no onChanged at all, as real Excel sometimes does (text to columns, some
   * fills, validation drop-downs, rapid edits: office-js issues #420, #1110, #3899).
   */
  dropNext(count: number): void {
    this.toDrop = count;
  }

  /** Test hook: the next `count` changes arrive with source "Remote", as a coauthor's edits do. */
  sendNextAsRemote(count: number): void {
    this.toSendAsRemote = count;
  }

  /** Registers a handler for a sheet id, or "*" for every sheet. */
  add(scope: string, handler: WorksheetChangedHandler): number {
    this.nextId += 1;
    this.registrations.push({ id: this.nextId, scope, handler });
    return this.nextId;
  }

  /** Registers a handler of sheet activations (worksheets.onActivated). */
  addActivated(handler: WorksheetActivatedHandler): number {
    this.nextId += 1;
    this.activations.push({ id: this.nextId, handler });
    return this.nextId;
  }

  /** Unregisters a handler. */
  remove(id: number): void {
    this.registrations = this.registrations.filter((r) => r.id !== id);
    this.activations = this.activations.filter((r) => r.id !== id);
  }

  /** Raises onActivated for a sheet that became the active one, after the current task. */
  dispatchActivated(sheetId: string): void {
    for (const { handler } of this.activations)
      this.later(() => handler({ type: "WorksheetActivated", worksheetId: sheetId }));
  }

  private later(call: () => unknown): void {
    const run = new Promise<void>((resolve) => setTimeout(resolve, 0))
      .then(call)
      .then(
        () => undefined,
        (error: unknown) => void this.handlerErrors.push(error),
      )
      .finally(() => this.running.delete(run));
    this.running.add(run);
  }

  /** Raises events for the recorded changes after the current task, as Excel does after a write completes. */
  dispatch(records: ChangeRecord[], model: WorkbookModel, apiLevel: number): void {
    for (const record of records) {
      if (this.toDrop > 0) {
        this.toDrop -= 1;
        continue;
      }
      const remote = this.toSendAsRemote > 0;
      if (remote) this.toSendAsRemote -= 1;
      const args = eventArgs(
        remote ? { ...record, source: "Remote", triggerSource: "Unknown" } : record,
        model,
        apiLevel,
      );
      for (const registration of this.registrations) {
        if (registration.scope !== "*" && registration.scope !== record.sheetId) continue;
        this.later(() => registration.handler(args));
      }
    }
  }

  /** Resolves when every handler raised so far (and any they raised in turn) has finished. */
  async whenIdle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }
}

/**
 * Excel.WorksheetChangedEventArgs by requirement set (learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs):
 * `details` from ExcelApi 1.9, `triggerSource` from ExcelApi 1.14; below those the properties are absent.
 */
function eventArgs(record: ChangeRecord, model: WorkbookModel, apiLevel: number): WorksheetChangedEventArgs {
  const address = formatRect(record.rect);
  const sheet = model.sheets.find((s) => s.id === record.sheetId);
  const args: WorksheetChangedEventArgs = {
    address,
    changeType: record.changeType,
    source: record.source,
    worksheetId: record.sheetId,
    type: "WorksheetChanged",
    ...(apiLevel >= 14 ? { triggerSource: record.triggerSource } : {}),
    getRange: (context) => context.workbook.worksheets.getItem(record.sheetId).getRange(address),
    getRangeOrNullObject: (context) =>
      context.workbook.worksheets.getItemOrNullObject(record.sheetId).getRange(address),
  };
  if (record.valueBefore !== undefined && sheet && apiLevel >= 9) {
    const valueAfter = getCell(sheet, record.rect.top, record.rect.left)?.value ?? "";
    args.details = {
      valueBefore: record.valueBefore,
      valueAfter,
      valueTypeBefore: valueTypeOf(record.valueBefore),
      valueTypeAfter: valueTypeOf(valueAfter),
    };
  }
  return args;
}
