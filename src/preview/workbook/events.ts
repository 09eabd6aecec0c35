import { formatRect } from "./address";
import type { PreviewRequestContext } from "./context";
import { getCell, type Scalar, type WorkbookModel } from "./model";
import type { RangeProxy } from "./range";
import type { ChangeRecord, ChangeType, Session, TriggerSource } from "./session";
import { valueTypeOf } from "./text";

/** The details Excel gives for a single-cell edit. */
export type ChangedEventDetail = {
  valueBefore: Scalar;
  valueAfter: Scalar;
  valueTypeBefore: string;
  valueTypeAfter: string;
};

/** Excel.WorksheetChangedEventArgs as the preview raises it. */
export type WorksheetChangedEventArgs = {
  address: string;
  changeType: ChangeType;
  source: "Local";
  worksheetId: string;
  type: "WorksheetChanged";
  triggerSource: TriggerSource;
  details?: ChangedEventDetail;
  getRange(context: PreviewRequestContext): RangeProxy;
  getRangeOrNullObject(context: PreviewRequestContext): RangeProxy;
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
  dispatch(records: ChangeRecord[], model: WorkbookModel): void {
    for (const record of records) {
      const args = eventArgs(record, model);
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

function eventArgs(record: ChangeRecord, model: WorkbookModel): WorksheetChangedEventArgs {
  const address = formatRect(record.rect);
  const sheet = model.sheets.find((s) => s.id === record.sheetId);
  const args: WorksheetChangedEventArgs = {
    address,
    changeType: record.changeType,
    source: "Local",
    worksheetId: record.sheetId,
    type: "WorksheetChanged",
    triggerSource: record.triggerSource,
    getRange: (context) => context.workbook.worksheets.getItem(record.sheetId).getRange(address),
    getRangeOrNullObject: (context) =>
      context.workbook.worksheets.getItemOrNullObject(record.sheetId).getRange(address),
  };
  if (record.valueBefore !== undefined && sheet) {
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

/** The result of onChanged.add: remove() unregisters at the next sync. */
export class EventHandlerResult {
  readonly context: PreviewRequestContext;
  private readonly id: () => number | undefined;

  constructor(context: PreviewRequestContext, id: () => number | undefined) {
    this.context = context;
    this.id = id;
  }

  /** Queues the removal of the handler. */
  remove(): void {
    this.context.enqueue("write", () => {
      const id = this.id();
      if (id !== undefined) this.context.host.events.remove(id);
    });
  }
}

/** worksheets.onActivated (ExcelApi 1.7). */
export class ActivationHandlers {
  private readonly context: PreviewRequestContext;

  constructor(context: PreviewRequestContext) {
    this.context = context;
  }

  /** Queues the registration of a handler; it is live after the next sync. */
  add(handler: WorksheetActivatedHandler): EventHandlerResult {
    let id: number | undefined;
    this.context.enqueue("write", () => {
      id = this.context.host.events.addActivated(handler);
    });
    return new EventHandlerResult(this.context, () => id);
  }
}

/** worksheet.onChanged / worksheets.onChanged */
export class EventHandlers {
  private readonly context: PreviewRequestContext;
  private readonly scope: (session: Session) => string | undefined;

  constructor(context: PreviewRequestContext, scope: (session: Session) => string | undefined) {
    this.context = context;
    this.scope = scope;
  }

  /** Queues the registration of a handler; it is live after the next sync. */
  add(handler: WorksheetChangedHandler): EventHandlerResult {
    let id: number | undefined;
    this.context.enqueue("write", (session) => {
      const scope = this.scope(session);
      if (scope !== undefined) id = this.context.host.events.add(scope, handler);
    });
    return new EventHandlerResult(this.context, () => id);
  }
}
