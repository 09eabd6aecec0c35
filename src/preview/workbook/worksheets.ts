import { requireApi } from "./api-level";
import { ActivationHandlers, EventHandlers } from "./events";
import { findSheet } from "./model";
import { ClientCollection, type ProxyContext } from "./proxy";
import type { Session } from "./session";
import { addSheet } from "./sheet-ops";
import { WorksheetProxy } from "./worksheet";

/** workbook.worksheets */
export class WorksheetCollectionProxy extends ClientCollection<WorksheetProxy> {
  /** Changes on any sheet (ExcelApi 1.9). */
  readonly onChanged: EventHandlers;
  /** A sheet became the active one (ExcelApi 1.7). */
  readonly onActivated: ActivationHandlers;

  constructor(context: ProxyContext) {
    super(context);
    this.onChanged = new EventHandlers(context, () => "*", { name: "WorksheetCollection.onChanged", since: 9 });
    this.onActivated = new ActivationHandlers(context);
  }

  protected listItems(session: Session): WorksheetProxy[] {
    return session.model.sheets.map((sheet) => this.byId(sheet.id));
  }

  private byId(id: string): WorksheetProxy {
    return new WorksheetProxy(this.context, (session) => session.model.sheets.find((s) => s.id === id));
  }

  /** A sheet by name (case-insensitive) or id; ItemNotFound at sync when there is none. */
  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, (session) => findSheet(session.model, key));
  }

  /** A sheet by name or id, or a null object (check isNullObject after load + sync). */
  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      (session) => {
        requireApi(session, 4, "WorksheetCollection.getItemOrNullObject");
        return findSheet(session.model, key);
      },
      true,
    );
  }

  /** Adds a sheet at the end; bad names are InvalidArgument, taken ones ItemAlreadyExists. */
  add(name?: string): WorksheetProxy {
    let id: string | undefined;
    this.queue((session) => {
      id = addSheet(session.model, name).id;
      session.recordChange();
    });
    return new WorksheetProxy(this.context, (session) => session.model.sheets.find((s) => s.id === id));
  }

  /** The active sheet. */
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, (session) =>
      session.model.sheets.find((s) => s.id === session.model.activeSheetId),
    );
  }
}
