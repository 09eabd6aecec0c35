import { isWholeRows, sizeOf, type Rect } from "./address";
import { assertEditable, toMatrix, unmergeIn, updateCells, writeInputs } from "./cells";
import { ConditionalFormatCollectionProxy } from "./conditional-formats";
import { DataValidationProxy } from "./data-validation";
import { invalidArgument, itemNotFound, PreviewError } from "./errors";
import type { Scalar } from "./model";
import { checkedRect, readers, type Matrix } from "./range-readers";
import { ClientObject, type ProxyContext } from "./proxy";
import { clearFormats, RangeFormatProxy } from "./range-format";
import type { RangeTarget, TargetSource } from "./range-target";
import { deleteRows, insertRows } from "./rows";
import type { Session } from "./session";
import { SheetProxy } from "./sheet-proxy";

/** Excel.Range: a rectangle of cells on a sheet, found at sync time. */
export class RangeProxy extends ClientObject {
  protected readonly scalarProps = Object.keys(readers);
  private readonly source: TargetSource;
  private bound?: { sheetId: string; rect: Rect };
  // Made on first use: a check builds hundreds of ranges that only read values, and each format proxy is a tree of five.
  private formatProxy?: RangeFormatProxy;
  private validationProxy?: DataValidationProxy;
  private conditionalFormatsProxy?: ConditionalFormatCollectionProxy;
  private readonly target: TargetSource = (session) => this.tryResolve(session);

  constructor(context: ProxyContext, source: TargetSource) {
    super(context);
    this.source = source;
  }

  get format(): RangeFormatProxy {
    return (this.formatProxy ??= new RangeFormatProxy(this.context, this.target));
  }

  get dataValidation(): DataValidationProxy {
    return (this.validationProxy ??= new DataValidationProxy(this.context, this.target));
  }

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return (this.conditionalFormatsProxy ??= new ConditionalFormatCollectionProxy(this.context, this.target));
  }

  /** The cells, fixed at first use (later row insertions do not move an existing proxy). */
  tryResolve(session: Session): RangeTarget | undefined {
    if (this.bound) {
      const { sheetId, rect } = this.bound;
      const sheet = session.model.sheets.find((s) => s.id === sheetId);
      if (!sheet) throw itemNotFound("worksheet");
      return { sheet, rect };
    }
    const target = this.source(session);
    if (target) this.bound = { sheetId: target.sheet.id, rect: checkedRect(target.rect) };
    return target;
  }

  protected isNull(session: Session): boolean {
    return this.tryResolve(session) === undefined;
  }

  protected readScalar(name: string, session: Session): unknown {
    const target = this.tryResolve(session);
    return target ? readers[name]?.(target) : null;
  }

  protected navigation(name: string): ClientObject | undefined {
    return name === "format" ? this.format : name === "dataValidation" ? this.dataValidation : undefined;
  }

  private derive(transform: (rect: Rect) => Rect): RangeProxy {
    return new RangeProxy(this.context, (session) => {
      const target = this.tryResolve(session);
      return target ? { sheet: target.sheet, rect: checkedRect(transform(target.rect)) } : undefined;
    });
  }

  private write(apply: (target: RangeTarget, session: Session) => void): void {
    this.queue((session) => {
      const target = this.tryResolve(session);
      if (target) apply(target, session);
    });
  }

  get values(): Matrix<Scalar> {
    return this.loaded("values");
  }
  set values(value: unknown) {
    this.write((t, session) => writeInputs(session, t.sheet, t.rect, value));
  }
  get formulas(): Matrix<Scalar> {
    return this.loaded("formulas");
  }
  set formulas(value: unknown) {
    this.write((t, session) => writeInputs(session, t.sheet, t.rect, value));
  }
  get numberFormat(): Matrix<string> {
    return this.loaded("numberFormat");
  }
  set numberFormat(value: unknown) {
    this.write((t, session) => {
      const matrix = toMatrix(value, t.rect);
      assertEditable(t.sheet, t.rect, "allowFormatCells");
      updateCells(t.sheet, t.rect, (cell, r, c) => {
        const format = matrix[r - t.rect.top]?.[c - t.rect.left];
        if (typeof format === "string" && format !== "General") cell.numberFormat = format;
        else delete cell.numberFormat;
      });
      session.recordChange("display");
    });
  }
  get text(): Matrix<string> {
    return this.loaded("text");
  }
  get address(): string {
    return this.loaded("address");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }

  /** The sheet this range is on. */
  get worksheet(): SheetProxy {
    return new SheetProxy(this.context, (session) => this.tryResolve(session)?.sheet, true);
  }

  /** A cell relative to the range's top-left corner. */
  getCell(row: number, column: number): RangeProxy {
    return this.derive((r) => ({
      top: r.top + row,
      left: r.left + column,
      bottom: r.top + row,
      right: r.left + column,
    }));
  }

  /** Merges the cells (each row separately when `across`); only the top-left value is kept, as Excel does. */
  merge(across = false): void {
    this.write(({ sheet, rect }, session) => {
      assertEditable(sheet, rect, "neverAllowed");
      unmergeIn(sheet, rect);
      const rows = across
        ? Array.from({ length: sizeOf(rect).rows }, (_, i) => ({ ...rect, top: rect.top + i, bottom: rect.top + i }))
        : [rect];
      for (const part of rows) {
        updateCells(sheet, part, (cell, r, c) => {
          if (r === part.top && c === part.left) return;
          cell.value = "";
          delete cell.formula;
        });
        if (part.bottom > part.top || part.right > part.left) sheet.merges.push(part);
      }
      session.recordChange();
    });
  }
  /** Selects the range and activates its sheet. */
  select(): void {
    this.write(({ sheet, rect }, session) => {
      session.model.activeSheetId = sheet.id;
      session.model.selection = { sheetId: sheet.id, rect };
      session.recordChange("view");
      session.recordSelect?.();
    });
  }
  /** Clears contents, formats or both ("All", "Formats", "Contents"). */
  clear(applyTo: string = "All"): void {
    this.write((target, session) => {
      if (applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents") {
        writeInputs(session, target.sheet, target.rect, "");
      }
      if (applyTo === "All" || applyTo === "Formats") {
        assertEditable(target.sheet, target.rect, "allowFormatCells");
        clearFormats(target);
        session.recordChange("display");
      }
    });
  }
  /** Inserts whole rows above the range (shift "Down"); the preview supports whole rows only. */
  insert(shift: string): RangeProxy {
    this.write(({ sheet, rect }, session) => {
      this.assertWholeRows(rect, shift, "Down");
      assertEditable(sheet, rect, "allowInsertRows");
      insertRows(session.model, sheet, rect.top, sizeOf(rect).rows);
      session.recordEdit(sheet, rect, "RowInserted");
    });
    return this.derive((r) => r);
  }
  /** Deletes whole rows (shift "Up"); references to them become #REF!. */
  delete(shift: string): void {
    this.write(({ sheet, rect }, session) => {
      this.assertWholeRows(rect, shift, "Up");
      assertEditable(sheet, rect, "allowDeleteRows");
      deleteRows(session.model, sheet, rect.top, sizeOf(rect).rows);
      session.recordEdit(sheet, rect, "RowDeleted");
    });
  }

  private assertWholeRows(rect: Rect, shift: string, expected: string): void {
    if (shift !== expected && shift !== "Down" && shift !== "Up" && shift !== "Right" && shift !== "Left") {
      throw invalidArgument(`shift ${shift}`);
    }
    if (!isWholeRows(rect) || shift !== expected) {
      throw new PreviewError("InvalidOperation", "The preview host inserts and deletes whole rows only.");
    }
  }
}
