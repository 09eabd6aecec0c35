import { NamedItemCollectionProxy } from "./names";
import { ClientObject, type ProxyContext } from "./proxy";
import { SettingCollectionProxy } from "./settings";
import { WorksheetCollectionProxy } from "./worksheets";

/** context.workbook */
export class WorkbookProxy extends ClientObject {
  protected readonly scalarProps = ["name"];
  readonly worksheets: WorksheetCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly settings: SettingCollectionProxy;

  constructor(context: ProxyContext) {
    super(context);
    this.worksheets = new WorksheetCollectionProxy(context);
    this.names = new NamedItemCollectionProxy(context, undefined, false);
    this.settings = new SettingCollectionProxy(context);
  }

  protected readScalar(): unknown {
    return "年报预览.xlsx";
  }

  get name(): string {
    return this.loaded("name");
  }
}
