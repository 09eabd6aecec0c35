import type { Rect } from "./address";

/** A cell's scalar value as Excel reports it in `values` ("" for an empty cell). */
export type Scalar = string | number | boolean;

export type BorderSide = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";
export type Border = { style: string; color: string; weight?: string };

/** Per-cell formatting; absent fields mean Excel's default. */
export type CellFormat = {
  fill?: string;
  font?: { bold?: boolean; italic?: boolean; color?: string; size?: number; name?: string; underline?: string };
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders?: Partial<Record<BorderSide, Border>>;
};

/** One stored cell: its input (value or formula), computed value and formatting. */
export type Cell = {
  value: Scalar;
  formula?: string;
  numberFormat?: string;
  format?: CellFormat;
  /** Excel locks every cell by default; only false is stored. */
  locked?: boolean;
};

export type DataValidationRule = Record<string, unknown>;
export type ErrorAlert = { showAlert: boolean; style: string; title: string; message: string };
export type Prompt = { showPrompt: boolean; title: string; message: string };

/** A data-validation rule applied to a rect of cells. */
export type ValidationEntry = {
  rect: Rect;
  rule: DataValidationRule;
  errorAlert: ErrorAlert;
  prompt: Prompt;
  ignoreBlanks: boolean;
};

/** A stored conditional format: its type and whatever rule/format properties the add-in set. */
export type ConditionalFormatEntry = { id: string; rect: Rect; type: string; props: Record<string, unknown> };

/** A cell note (ExcelApi 1.18); the sheet keeps it by its cell's key. */
export type NoteEntry = { id: string; content: string; authorName: string };

/** What worksheet.pageLayout keeps: the subset the add-in sets (ExcelApi 1.9). */
export type PageLayoutState = { paperSize: string; orientation: string; printTitleRows?: string };

export const defaultPageLayout = (): PageLayoutState => ({ paperSize: "Letter", orientation: "Portrait" });

export type ProtectionState = { protected: boolean; options: Record<string, boolean>; password?: string };

export type SheetModel = {
  id: string;
  name: string;
  cells: Map<string, Cell>;
  merges: Rect[];
  validations: ValidationEntry[];
  conditionalFormats: ConditionalFormatEntry[];
  notes: Map<string, NoteEntry>;
  protection: ProtectionState;
  pageLayout: PageLayoutState;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  visibility: string;
  /** Top rows and left columns frozen in view (freeze-panes.ts); undefined when nothing is frozen. */
  frozen?: { rows: number; columns: number };
};

/** A defined name: a reference to a rect (or a constant formula), scoped to the workbook or one sheet. */
export type NameEntry = {
  name: string;
  /** Sheet id of the scope, or undefined for workbook scope. */
  scopeSheetId?: string;
  /** Sheet id and rect when the name refers to cells; a deleted target leaves `ref` undefined (#REF!). */
  ref?: { sheetId: string; rect: Rect };
  formula?: string;
  comment: string;
  visible: boolean;
};

export type Selection = { sheetId: string; rect: Rect };

/** Everything the workbook holds; the proxies read and write only this. */
export type WorkbookModel = {
  sheets: SheetModel[];
  names: NameEntry[];
  settings: Map<string, unknown>;
  activeSheetId: string;
  selection: Selection;
  /** context.runtime.enableEvents: one switch for the add-in's runtime, shared by all its contexts. */
  enableEvents: boolean;
  nextId: number;
};

/** Default column width and row height in points (Excel's defaults). */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

/** Map key of a cell. */
export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

/** Inverse of cellKey. */
export function parseCellKey(key: string): { row: number; col: number } {
  const [row = "0", col = "0"] = key.split(",");
  return { row: Number(row), col: Number(col) };
}

/** Allocates a new id such as "{S3}", unique within the workbook. */
export function newId(model: WorkbookModel, prefix: string): string {
  model.nextId += 1;
  return `{${prefix}${model.nextId}}`;
}

/** A sheet with no cells. */
export function createSheet(model: WorkbookModel, name: string): SheetModel {
  return {
    id: newId(model, "S"),
    name,
    cells: new Map(),
    merges: [],
    validations: [],
    conditionalFormats: [],
    notes: new Map(),
    protection: { protected: false, options: {} },
    pageLayout: defaultPageLayout(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    visibility: "Visible",
  };
}

/** A new workbook model with one sheet "Sheet1". */
export function createWorkbookModel(): WorkbookModel {
  const model: WorkbookModel = {
    sheets: [],
    names: [],
    settings: new Map(),
    activeSheetId: "",
    selection: { sheetId: "", rect: { top: 0, left: 0, bottom: 0, right: 0 } },
    enableEvents: true,
    nextId: 0,
  };
  const sheet = createSheet(model, "Sheet1");
  model.sheets.push(sheet);
  model.activeSheetId = sheet.id;
  model.selection.sheetId = sheet.id;
  return model;
}

/** Finds a sheet by name (case-insensitive, as Excel) or by id. */
export function findSheet(model: WorkbookModel, key: string): SheetModel | undefined {
  const lower = key.toLowerCase();
  return model.sheets.find((s) => s.id === key || s.name.toLowerCase() === lower);
}

/** Reads a cell, or undefined when nothing is stored there. */
export function getCell(sheet: SheetModel, row: number, col: number): Cell | undefined {
  return sheet.cells.get(cellKey(row, col));
}

/** Returns the stored cell, creating an empty one. */
export function ensureCell(sheet: SheetModel, row: number, col: number): Cell {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = { value: "" };
    sheet.cells.set(key, cell);
  }
  return cell;
}

/** Drops a cell that holds nothing worth storing. */
export function pruneCell(sheet: SheetModel, row: number, col: number): void {
  const cell = getCell(sheet, row, col);
  if (!cell) return;
  const empty =
    cell.value === "" &&
    cell.formula === undefined &&
    cell.numberFormat === undefined &&
    cell.format === undefined &&
    cell.locked === undefined;
  if (empty) sheet.cells.delete(cellKey(row, col));
}

/** Whether a cell is locked (Excel's default is locked). */
export function isLocked(sheet: SheetModel, row: number, col: number): boolean {
  return getCell(sheet, row, col)?.locked !== false;
}
