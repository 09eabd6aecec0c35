import { growRect, type Rect } from "./address";
import { parseCellKey, type Cell, type CellFormat, type NameEntry, type SheetModel, type WorkbookModel } from "./model";

/** What an undo step puts back: every sheet (cells, formats, merges, validation, notes, protection…) and the names. */
type DocumentState = { sheets: SheetModel[]; names: NameEntry[] };

/** One undo step: the document before it, and the run it belongs to when that run merges its syncs. */
type Step = { before: DocumentState; group?: object };

/** A sheet whose cell inputs an undo or redo changed, and the bounding rect of those cells. */
export type RestoredChange = { sheetId: string; rect: Rect };

/** Excel keeps 100 undo levels by default; the oldest steps fall off beyond that. */
const MAX_STEPS = 100;

/** A copy of the document, made by hand: an edit check syncs several times, and structuredClone was its largest cost. */
export function captureDocument(model: { sheets: SheetModel[]; names: NameEntry[] }): DocumentState {
  return { sheets: model.sheets.map(cloneSheet), names: model.names.map(cloneName) };
}

/** A template has some 200 names: copied by hand too, as structuredClone on them was some 40% of a copy. */
function cloneName(name: NameEntry): NameEntry {
  const { ref } = name;
  return ref ? { ...name, ref: { sheetId: ref.sheetId, rect: { ...ref.rect } } } : { ...name };
}

function cloneSheet(sheet: SheetModel): SheetModel {
  return {
    ...sheet,
    cells: new Map([...sheet.cells].map(([key, cell]) => [key, cloneCell(cell)])),
    merges: sheet.merges.map((rect) => ({ ...rect })),
    validations: structuredClone(sheet.validations),
    conditionalFormats: structuredClone(sheet.conditionalFormats),
    notes: new Map([...sheet.notes].map(([key, note]) => [key, { ...note }])),
    protection: { ...sheet.protection, options: { ...sheet.protection.options } },
    pageLayout: { ...sheet.pageLayout },
    columnWidths: new Map(sheet.columnWidths),
    rowHeights: new Map(sheet.rowHeights),
  };
}

function cloneCell(cell: Cell): Cell {
  return cell.format ? { ...cell, format: cloneFormat(cell.format) } : { ...cell };
}

function cloneFormat(format: CellFormat): CellFormat {
  const copy: CellFormat = { ...format };
  if (format.font) copy.font = { ...format.font };
  if (format.borders)
    copy.borders = Object.fromEntries(Object.entries(format.borders).map(([side, border]) => [side, { ...border }]));
  return copy;
}

/**
 * The user's undo stack, shared by the user's edits and the add-in's writes ("Undo capabilities of Excel add-ins",
 * learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities). Without `mergeUndoGroup` every
 * context.sync() that changes the workbook is one step; with it, all syncs of one Excel.run are one step
 * (Excel.RunOptions, learn.microsoft.com/javascript/api/excel/excel.runoptions).
 */
export class UndoStack {
  private undoSteps: Step[] = [];
  private redoSteps: DocumentState[] = [];

  /** How many steps Ctrl+Z can take back. */
  get depth(): number {
    return this.undoSteps.length;
  }

  /** How many undone steps Ctrl+Y can bring back. */
  get redoDepth(): number {
    return this.redoSteps.length;
  }

  /** Records a step; a later sync of the same merged run joins the step on top instead of adding one. */
  push(before: DocumentState, group?: object): void {
    this.redoSteps = [];
    const top = this.undoSteps[this.undoSteps.length - 1];
    if (group !== undefined && top?.group === group) return;
    this.undoSteps.push(group === undefined ? { before } : { before, group });
    if (this.undoSteps.length > MAX_STEPS) this.undoSteps.shift();
  }

  /** An API without undo support was called: nothing before it can be undone or redone. */
  clear(): void {
    this.undoSteps = [];
    this.redoSteps = [];
  }

  /** Puts the workbook back as it was before the last step; undefined when there is nothing to undo. */
  undo(model: WorkbookModel): RestoredChange[] | undefined {
    const step = this.undoSteps.pop();
    if (!step) return undefined;
    this.redoSteps.push(captureDocument(model));
    return restore(model, step.before);
  }

  /** Brings back the last undone step; undefined when there is nothing to redo. */
  redo(model: WorkbookModel): RestoredChange[] | undefined {
    const state = this.redoSteps.pop();
    if (!state) return undefined;
    this.undoSteps.push({ before: captureDocument(model) });
    return restore(model, state);
  }
}

function restore(model: WorkbookModel, state: DocumentState): RestoredChange[] {
  const copy = captureDocument(state);
  const changes = copy.sheets.flatMap((sheet) => {
    const now = model.sheets.find((s) => s.id === sheet.id);
    const rect = now ? changedRect(now, sheet) : undefined;
    return rect ? [{ sheetId: sheet.id, rect }] : [];
  });
  model.sheets = copy.sheets;
  model.names = copy.names;
  const first = model.sheets[0];
  if (first && !model.sheets.some((s) => s.id === model.activeSheetId)) model.activeSheetId = first.id;
  if (first && !model.sheets.some((s) => s.id === model.selection.sheetId))
    model.selection = { sheetId: model.activeSheetId, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
  return changes;
}

/** The bounding rect of cells whose value or formula differs between two versions of a sheet. */
function changedRect(a: SheetModel, b: SheetModel): Rect | undefined {
  let rect: Rect | undefined;
  for (const key of new Set([...a.cells.keys(), ...b.cells.keys()])) {
    const x = a.cells.get(key);
    const y = b.cells.get(key);
    if ((x?.value ?? "") === (y?.value ?? "") && x?.formula === y?.formula) continue;
    const { row, col } = parseCellKey(key);
    rect = growRect(rect, row, col);
  }
  return rect;
}
