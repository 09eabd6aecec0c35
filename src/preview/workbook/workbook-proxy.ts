import type { PreviewRequestContext } from "./context";
import { NamedItemCollectionProxy } from "./names";
import { ClientObject } from "./proxy";
import { RangeProxy } from "./range";
import { SettingCollectionProxy } from "./settings";
import type { Session } from "./session";
import { WorksheetCollectionProxy } from "./worksheets";

/** context.application: calculation controls are accepted; the preview recalculates after every change. */
export class ApplicationProxy extends ClientObject {
  protected readonly scalarProps = ["calculationMode"];

  protected readScalar(): unknown {
    return "Automatic";
  }

  get calculationMode(): string {
    return this.loaded("calculationMode");
  }
  /** Accepted; nothing to do. */
  calculate(_type?: string): void {
    this.queue(() => undefined);
  }
  /** Accepted; nothing to do. */
  suspendApiCalculationUntilNextSync(): void {
    this.queue(() => undefined);
  }
  /** Accepted; nothing to do. */
  suspendScreenUpdatingUntilNextSync(): void {
    this.queue(() => undefined);
  }
}

/** context.workbook */
export class WorkbookProxy extends ClientObject {
  protected readonly scalarProps = ["name"];
  readonly worksheets: WorksheetCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly settings: SettingCollectionProxy;
  readonly application: ApplicationProxy;

  constructor(context: PreviewRequestContext) {
    super(context);
    this.worksheets = new WorksheetCollectionProxy(context);
    this.names = new NamedItemCollectionProxy(context, undefined, false);
    this.settings = new SettingCollectionProxy(context);
    this.application = new ApplicationProxy(context);
  }

  protected readScalar(): unknown {
    return "年报预览.xlsx";
  }

  get name(): string {
    return this.loaded("name");
  }

  /** The selected cells. */
  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.context, (session: Session) => {
      const { sheetId, rect } = session.model.selection;
      const sheet = session.model.sheets.find((s) => s.id === sheetId);
      return sheet ? { sheet, rect } : undefined;
    });
  }

  /** The active cell (the top-left of the selection). */
  getActiveCell(): RangeProxy {
    return this.getSelectedRange().getCell(0, 0);
  }
}
