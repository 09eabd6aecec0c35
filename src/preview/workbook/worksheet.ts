import { requireApi } from "./api-level";
import { addressOnSheet, growRect, MAX_COLUMNS, MAX_ROWS, parseAddress, type Rect } from "./address";
import { invalidArgument } from "./errors";
import { EventHandlers } from "./events";
import { WorksheetFreezePanesProxy } from "./freeze-panes";
import { parseCellKey, type SheetModel } from "./model";
import { NamedItemCollectionProxy } from "./names";
import { NoteCollectionProxy } from "./notes";
import type { ProxyContext } from "./proxy";
import { RangeProxy } from "./range";
import type { Session } from "./session";
import { SheetProxy } from "./sheet-proxy";

/** The bounding rect of the cells that hold something (a value or formula; with `valuesOnly` false, a format too). */
function usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | undefined {
  let rect: Rect | undefined;
  for (const [key, cell] of sheet.cells) {
    const hasValue = cell.value !== "" || cell.formula !== undefined;
    const hasFormat = cell.numberFormat !== undefined || cell.format !== undefined || cell.locked !== undefined;
    if (!hasValue && (valuesOnly || !hasFormat)) continue;
    const { row, col } = parseCellKey(key);
    rect = growRect(rect, row, col);
  }
  return rect;
}

/** Excel.Worksheet, found at sync by name or id and then bound to its id (so a rename in the same batch is fine). */
export class WorksheetProxy extends SheetProxy {
  readonly names: NamedItemCollectionProxy;
  readonly notes: NoteCollectionProxy;
  readonly onChanged: EventHandlers;
  readonly freezePanes: WorksheetFreezePanesProxy;

  constructor(context: ProxyContext, locate: (session: Session) => SheetModel | undefined, orNull = false) {
    super(context, locate, orNull);
    const found = (session: Session): SheetModel | undefined => this.tryResolve(session);
    this.names = new NamedItemCollectionProxy(context, found, true);
    this.notes = new NoteCollectionProxy(context, found);
    this.freezePanes = new WorksheetFreezePanesProxy(context, found);
    this.onChanged = new EventHandlers(context, (session) => this.tryResolve(session)?.id, {
      name: "Worksheet.onChanged",
      since: 7,
    });
  }

  private range(rect: (sheet: SheetModel, session: Session) => Rect | undefined): RangeProxy {
    return new RangeProxy(this.context, (session) => {
      const sheet = this.tryResolve(session);
      const found = sheet ? rect(sheet, session) : undefined;
      return sheet && found ? { sheet, rect: found } : undefined;
    });
  }

  /** A range by A1 address ("B5", "B5:H9", "5:5"); a bad address fails at sync with InvalidArgument. */
  getRange(address?: string): RangeProxy {
    return this.range((sheet) => {
      if (address === undefined) return { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 };
      // "Sheet1!B5" is accepted when it names this sheet, as Excel does.
      const local = addressOnSheet(address, sheet.name);
      if (local === undefined) throw invalidArgument(`address ${address}`);
      return parseAddress(local);
    });
  }
  /** A range by 0-based start and size. */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    return this.range((_sheet, session) => {
      requireApi(session, 7, "Worksheet.getRangeByIndexes");
      if (rowCount < 1 || columnCount < 1) throw invalidArgument("rowCount/columnCount");
      return {
        top: startRow,
        left: startColumn,
        bottom: startRow + rowCount - 1,
        right: startColumn + columnCount - 1,
      };
    });
  }
  /**
   * The smallest range holding every cell with a value or formula, or (unless `valuesOnly`) a format; a null object on
   * a sheet without any (Worksheet.getUsedRangeOrNullObject, ExcelApi 1.4:
   * learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrangeornullobject-member(1)).
   */
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this.range((sheet, session) => {
      requireApi(session, 4, "Worksheet.getUsedRangeOrNullObject");
      return usedRect(sheet, valuesOnly);
    });
  }
  /** One cell by 0-based indexes. */
  getCell(row: number, column: number): RangeProxy {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
}
