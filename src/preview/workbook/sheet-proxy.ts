import { itemNotFound } from "./errors";
import type { SheetModel } from "./model";
import { PageLayoutProxy } from "./page-layout";
import { WorksheetProtectionProxy } from "./protection";
import { ClientObject, type ProxyContext } from "./proxy";
import type { Session } from "./session";
import { deleteSheet, moveSheet, renameSheet } from "./sheet-ops";

/**
 * The sheet's own properties and methods (no ranges): what `range.worksheet` offers. Excel.Worksheet (worksheet.ts)
 * adds ranges, names, notes and events on top; keeping them apart lets ranges name their sheet without an import loop.
 */
export class SheetProxy extends ClientObject {
  protected readonly scalarProps = ["id", "name", "position", "visibility"];
  private readonly locate: (session: Session) => SheetModel | undefined;
  private readonly orNull: boolean;
  private boundId?: string;
  readonly protection: WorksheetProtectionProxy;
  readonly pageLayout: PageLayoutProxy;

  constructor(context: ProxyContext, locate: (session: Session) => SheetModel | undefined, orNull = false) {
    super(context);
    this.locate = locate;
    this.orNull = orNull;
    const found = (session: Session): SheetModel | undefined => this.tryResolve(session);
    this.protection = new WorksheetProtectionProxy(context, found);
    this.pageLayout = new PageLayoutProxy(context, found);
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
    return sheet[name as "id" | "name" | "visibility"];
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

  /** Deletes the sheet (no-op on a null object); it has no undo ("Undo capabilities of Excel add-ins"). */
  delete(): void {
    this.write((sheet, session) => {
      session.undoUnsupported("Worksheet.delete");
      deleteSheet(session.model, sheet);
    });
  }
  /** Makes the sheet the active one (a change of view, not an undo step). */
  activate(): void {
    this.queue((session) => {
      const sheet = this.tryResolve(session);
      if (!sheet) return;
      session.model.activeSheetId = sheet.id;
      session.model.selection = { sheetId: sheet.id, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
      session.recordChange("view");
    });
  }
}
