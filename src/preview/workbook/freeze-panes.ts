import { addressOnSheet, MAX_COLUMNS, MAX_ROWS, parseAddress } from "./address";
import { invalidArgument } from "./errors";
import type { SheetModel } from "./model";
import { ClientObject, type ProxyContext } from "./proxy";
import { RangeProxy } from "./range";
import type { Session } from "./session";

// worksheet.freezePanes (Excel.WorksheetFreezePanes, ExcelApi 1.7:
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetfreezepanes). The sheet keeps how many top
// rows and left columns stay in view; the grid (SheetGrid.tsx) keeps them in place while the rest scrolls.
// - freezeAt(range): "the range provided corresponds to cells that will be frozen in the top- and left-most pane":
//   the rows down to its bottom and the columns up to its right edge; whole columns freeze no row, whole rows no column.
// - freezeRows(count = 1) / freezeColumns(count = 1): "freeze the top row(s) / first column(s) of the worksheet in
//   place", the other direction unfrozen (as the ribbon's 冻结首行 does); zero unfreezes.
// - getLocationOrNullObject(): the frozen cells as a range, a null object when nothing is frozen.
// - unfreeze(): "removes all frozen panes in the worksheet".
// Freezing is a change of view: allowed on a protected sheet, and no step of the undo history.

export type FrozenPanes = { rows: number; columns: number };

export class WorksheetFreezePanesProxy extends ClientObject {
  protected readonly since = 7;
  protected readonly scalarProps: readonly string[] = [];
  private readonly sheet: (session: Session) => SheetModel | undefined;

  constructor(context: ProxyContext, sheet: (session: Session) => SheetModel | undefined) {
    super(context);
    this.sheet = sheet;
  }

  protected readScalar(name: string): unknown {
    throw invalidArgument(`unknown property '${name}'`);
  }

  freezeAt(frozenRange: RangeProxy | string): void {
    this.set((sheet, session) => {
      const rect =
        typeof frozenRange === "string"
          ? parseAddress(addressOnSheet(frozenRange, sheet.name) ?? invalid(frozenRange))
          : frozenRange.tryResolve(session)?.rect;
      if (!rect) throw invalidArgument("frozenRange");
      const rows = rect.top === 0 && rect.bottom === MAX_ROWS - 1 ? 0 : rect.bottom + 1;
      const columns = rect.left === 0 && rect.right === MAX_COLUMNS - 1 ? 0 : rect.right + 1;
      return { rows, columns };
    });
  }

  freezeRows(count = 1): void {
    this.set(() => ({ rows: checkedCount(count, MAX_ROWS), columns: 0 }));
  }

  freezeColumns(count = 1): void {
    this.set(() => ({ rows: 0, columns: checkedCount(count, MAX_COLUMNS) }));
  }

  unfreeze(): void {
    this.set(() => ({ rows: 0, columns: 0 }));
  }

  /** The frozen cells, from A1: a null object when nothing is frozen. */
  getLocationOrNullObject(): RangeProxy {
    return new RangeProxy(this.context, (session) => {
      this.requireSet(session);
      const sheet = this.sheet(session);
      const frozen = sheet?.frozen;
      if (!sheet || !frozen || (frozen.rows === 0 && frozen.columns === 0)) return undefined;
      const bottom = frozen.rows === 0 ? MAX_ROWS - 1 : frozen.rows - 1;
      const right = frozen.columns === 0 ? MAX_COLUMNS - 1 : frozen.columns - 1;
      return { sheet, rect: { top: 0, left: 0, bottom, right } };
    });
  }

  private set(frozen: (sheet: SheetModel, session: Session) => FrozenPanes): void {
    this.queue((session) => {
      const sheet = this.sheet(session);
      if (!sheet) return;
      const next = frozen(sheet, session);
      sheet.frozen = next.rows === 0 && next.columns === 0 ? undefined : next;
      session.recordChange("view");
    });
  }
}

function invalid(address: string): never {
  throw invalidArgument(`address ${address}`);
}

function checkedCount(count: number, max: number): number {
  if (!Number.isInteger(count) || count < 0 || count >= max) throw invalidArgument("count");
  return count;
}
