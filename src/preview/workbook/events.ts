import { requireApi } from "./api-level";
import type { WorksheetActivatedHandler, WorksheetChangedHandler } from "./event-registry";
import type { ProxyContext } from "./proxy";
import type { Session } from "./session";

/** The result of onChanged.add: remove() unregisters at the next sync. */
export class EventHandlerResult {
  readonly context: ProxyContext;
  private readonly id: () => number | undefined;

  constructor(context: ProxyContext, id: () => number | undefined) {
    this.context = context;
    this.id = id;
  }

  /** Queues the removal of the handler. */
  remove(): void {
    this.context.enqueue("write", () => {
      const id = this.id();
      if (id !== undefined) this.context.events.remove(id);
    });
  }
}

/** worksheets.onActivated (Excel.WorksheetCollection: ExcelApi 1.7). */
export class ActivationHandlers {
  private readonly context: ProxyContext;

  constructor(context: ProxyContext) {
    this.context = context;
  }

  /** Queues the registration of a handler; it is live after the next sync. */
  add(handler: WorksheetActivatedHandler): EventHandlerResult {
    let id: number | undefined;
    this.context.enqueue("write", (session) => {
      requireApi(session, 7, "WorksheetCollection.onActivated");
      id = this.context.events.addActivated(handler);
    });
    return new EventHandlerResult(this.context, () => id);
  }
}

/** worksheet.onChanged (ExcelApi 1.7) / worksheets.onChanged (ExcelApi 1.9), named by the `api` they stand for. */
export class EventHandlers {
  private readonly context: ProxyContext;
  private readonly scope: (session: Session) => string | undefined;
  private readonly api: { name: string; since: number };

  constructor(
    context: ProxyContext,
    scope: (session: Session) => string | undefined,
    api: { name: string; since: number },
  ) {
    this.context = context;
    this.scope = scope;
    this.api = api;
  }

  /** Queues the registration of a handler; it is live after the next sync. */
  add(handler: WorksheetChangedHandler): EventHandlerResult {
    let id: number | undefined;
    this.context.enqueue("write", (session) => {
      requireApi(session, this.api.since, this.api.name);
      const scope = this.scope(session);
      if (scope !== undefined) id = this.context.events.add(scope, handler);
    });
    return new EventHandlerResult(this.context, () => id);
  }
}
