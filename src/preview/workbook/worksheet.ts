import { addressOnSheet, MAX_COLUMNS, MAX_ROWS, parseAddress, type Rect } from "./address";
import type { PreviewRequestContext } from "./context";
import { invalidArgument, itemNotFound } from "./errors";
import { EventHandlers } from "./events";
import { parseCellKey, type SheetModel } from "./model";
import { NamedItemCollectionProxy } from "./names";
import { NoteCollectionProxy } from "./notes";
import { ClientObject } from "./proxy";
import { PageLayoutProxy } from "./page-layout";
import { WorksheetProtectionProxy } from "./protection";
import { RangeProxy } from "./range";
import type { Session } from "./session";
import { deleteSheet, moveSheet, renameSheet } from "./sheet-ops";

/** The bounding rect of a sheet's stored cells (only those with content when valuesOnly), or undefined. */
export function usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | undefined {
  let rect: Rect | undefined;
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly && cell.value === "" && cell.formula === undefined) continue;
    const { row, col } = parseCellKey(key);
    rect = rect
      ? {
          top: Math.min(rect.top, row),
          left: Math.min(rect.left, col),
          bottom: Math.max(rect.bottom, row),
          right: Math.max(rect.right, col),
        }
      : { top: row, left: col, bottom: row, right: col };
  }
  return rect;
}

/** Excel.Worksheet, found at sync by name or id and then bound to its id (so a rename in the same batch is fine). */
export class WorksheetProxy extends ClientObject {
  protected readonly scalarProps = ["id", "name", "position", "visibility", "tabColor"];
  private readonly locate: (session: Session) => SheetModel | undefined;
  private readonly orNull: boolean;
  private boundId?: string;
  readonly protection: WorksheetProtectionProxy;
  readonly pageLayout: PageLayoutProxy;
  readonly names: NamedItemCollectionProxy;
  readonly notes: NoteCollectionProxy;
  readonly onChanged: EventHandlers;

  constructor(context: PreviewRequestContext, locate: (session: Session) => SheetModel | undefined, orNull = false) {
    super(context);
    this.locate = locate;
    this.orNull = orNull;
    const found = (session: Session): SheetModel | undefined => this.tryResolve(session);
    this.protection = new WorksheetProtectionProxy(context, found);
    this.pageLayout = new PageLayoutProxy(context, found);
    this.names = new NamedItemCollectionProxy(context, found, true);
    this.notes = new NoteCollectionProxy(context, found);
    this.onChanged = new EventHandlers(context, (session) => this.tryResolve(session)?.id);
  }

  /** The sheet, or undefined for a null object; a plain getItem that finds nothing fails with ItemNotFound. */
  tryResolve(session: Session): SheetModel | undefined {
    const sheet =
      this.boundId === undefined ? this.locate(session) : session.model.sheets.find((s) => s.id === this.boundId);
    if (sheet) this.boundId = sheet.id;
    else if (!this.orNull || this.boundId !== undefined) throw itemNotFound("worksheet");
    return sheet;
  }

  protected isNull(session: Session): boolean {
    return this.tryResolve(session) === undefined;
  }

  protected readScalar(name: string, session: Session): unknown {
    const sheet = this.tryResolve(session);
    if (!sheet) return null;
    if (name === "position") return session.model.sheets.indexOf(sheet);
    return sheet[name as "id" | "name" | "visibility" | "tabColor"];
  }

  protected navigation(name: string): ClientObject | undefined {
    return name === "protection" ? this.protection : undefined;
  }

  private write(apply: (sheet: SheetModel, session: Session) => void): void {
    this.queue((session) => {
      const sheet = this.tryResolve(session);
      if (!sheet) return;
      apply(sheet, session);
      session.recordChange();
    });
  }

  get id(): string {
    return this.loaded("id");
  }
  get name(): string {
    return this.loaded("name");
  }
  set name(value: string) {
    this.write((sheet, session) => renameSheet(session.model, sheet, value));
  }
  get position(): number {
    return this.loaded("position");
  }
  set position(value: number) {
    this.write((sheet, session) => moveSheet(session.model, sheet, value));
  }
  get visibility(): string {
    return this.loaded("visibility");
  }

  /** Deletes the sheet (no-op on a null object). */
  delete(): void {
    this.write((sheet, session) => deleteSheet(session.model, sheet));
  }
  /** Makes the sheet the active one. */
  activate(): void {
    this.write((sheet, session) => {
      session.model.activeSheetId = sheet.id;
      session.model.selection = { sheetId: sheet.id, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
  /** Accepted for compatibility: the preview recalculates after every change. */
  calculate(_markAllDirty?: boolean): void {
    this.queue(() => undefined);
  }

  private range(rect: (sheet: SheetModel) => Rect | undefined): RangeProxy {
    return new RangeProxy(this.context, (session) => {
      const sheet = this.tryResolve(session);
      const found = sheet ? rect(sheet) : undefined;
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
    return this.range(() => {
      if (rowCount < 1 || columnCount < 1) throw invalidArgument("rowCount/columnCount");
      return {
        top: startRow,
        left: startColumn,
        bottom: startRow + rowCount - 1,
        right: startColumn + columnCount - 1,
      };
    });
  }
  /** One cell by 0-based indexes. */
  getCell(row: number, column: number): RangeProxy {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
  /** The smallest range holding every used cell; A1 on an empty sheet, as Excel answers. */
  getUsedRange(valuesOnly = false): RangeProxy {
    return this.range((sheet) => usedRect(sheet, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }
  /** Like getUsedRange, but a null object on an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this.range((sheet) => usedRect(sheet, valuesOnly));
  }
}
