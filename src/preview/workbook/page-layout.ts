import { invalidArgument } from "./errors";
import type { PageLayoutState, SheetModel } from "./model";
import { ClientObject, type ProxyContext } from "./proxy";
import type { Session } from "./session";

/** worksheet.pageLayout: paper size, orientation and the rows repeated at the top of every printed page. */
export class PageLayoutProxy extends ClientObject {
  /** Excel.PageLayout: ExcelApi 1.9. */
  protected readonly since = 9;
  protected readonly scalarProps = ["paperSize", "orientation"];
  private readonly sheet: (session: Session) => SheetModel | undefined;

  constructor(context: ProxyContext, sheet: (session: Session) => SheetModel | undefined) {
    super(context);
    this.sheet = sheet;
  }

  protected readScalar(name: string, session: Session): unknown {
    const layout = this.sheet(session)?.pageLayout;
    return name === "paperSize" ? layout?.paperSize : layout?.orientation;
  }

  get paperSize(): string {
    return this.loaded("paperSize");
  }
  set paperSize(value: string) {
    this.update((layout) => (layout.paperSize = value));
  }
  get orientation(): string {
    return this.loaded("orientation");
  }
  set orientation(value: string) {
    this.update((layout) => (layout.orientation = value));
  }

  /** Rows repeated on every printed page, as Excel takes them: whole rows such as "$1:$3". */
  setPrintTitleRows(address: string): void {
    this.queue((session) => {
      if (!/^\$?\d+:\$?\d+$/.test(address)) throw invalidArgument("printTitleRows");
      const sheet = this.sheet(session);
      if (sheet) sheet.pageLayout.printTitleRows = address.replace(/\$/g, "");
    });
  }

  private update(apply: (layout: PageLayoutState) => void): void {
    this.queue((session) => {
      const sheet = this.sheet(session);
      if (sheet) apply(sheet.pageLayout);
    });
  }
}
