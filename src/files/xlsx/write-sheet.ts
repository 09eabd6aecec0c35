import type { Cell, Worksheet } from "exceljs";
import { columnLetters, fromA1, type CellRef, type Merge, type SheetCell, type SheetLayout } from "../../domain";
import { BASE_FONT_SIZE, rowHeights } from "../../domain/layout/row-heights";
import { exceljsValidation, type KindRule } from "./cell-kinds";
import { formulaEvaluator } from "./formulas";
import { allBorders, styleOf } from "./sheet-styles";

// Writes one sheet of the shared layout with exceljs: the same cells, merges, widths and names the add-in inserts,
// plus what only a file carries (styles, validation, protection, page setup). Positions in the layout are 0-based;
// exceljs counts from 1.

/** What goes into the sheet besides the layout: the figures and prose, and each figure's kind rule. */
export type SheetContent = {
  figureOf: (ref: CellRef) => number | undefined;
  /** The prose of the input cell at an A1 address of the text sheet, if any. */
  proseAt: (address: string) => string | undefined;
  ruleOf: (ref: CellRef) => KindRule;
};

const PROTECTION = { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true };

/** Writes a layout into an empty worksheet, protects it without a password and sets up A4 printing. */
export async function writeSheet(sheet: Worksheet, layout: SheetLayout, content: SheetContent): Promise<void> {
  layout.columnWidths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  for (const merge of layout.merges) sheet.mergeCells(merge.top + 1, merge.left + 1, merge.bottom + 1, merge.right + 1);
  const mergeAt = new Map(layout.merges.map((m) => [`${m.top},${m.left}`, m]));
  const shown = totalsOf(layout, content);
  for (const cell of layout.cells) {
    const block = mergeAt.get(`${cell.row},${cell.col}`) ?? single(cell);
    const style = styleOf(cell);
    for (const target of cellsOf(sheet, block)) {
      target.font = style.font;
      target.alignment = style.alignment;
      if (style.bordered) target.border = allBorders;
      if (style.fill) target.fill = style.fill;
      if (cell.role === "input") target.protection = { locked: false };
    }
    writeContent(sheet.getCell(cell.row + 1, cell.col + 1), cell, content, shown);
  }
  setRowHeights(sheet, layout);
  const { rows = 0, columns = 0 } = layout.frozen ?? {};
  // The title row and the label columns stay in view as the figures scroll (<pane state="frozen"> in the file).
  if (rows > 0 || columns > 0) {
    sheet.views = [
      { state: "frozen", xSplit: columns, ySplit: rows, topLeftCell: `${columnLetters(columns)}${rows + 1}` },
    ];
  }
  sheet.pageSetup = {
    paperSize: 9, // A4
    orientation: layout.columnWidths.length > 1 ? "landscape" : "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(layout.printTitleRows && {
      printTitlesRow: `${layout.printTitleRows.first + 1}:${layout.printTitleRows.last + 1}`,
    }),
  };
  await sheet.protect("", PROTECTION);
}

function writeContent(target: Cell, cell: SheetCell, content: SheetContent, shown: Map<string, number>): void {
  if (cell.ref) {
    const rule = content.ruleOf(cell.ref);
    target.numFmt = rule.numberFormat;
    if (cell.formula !== undefined) {
      target.value = { formula: cell.formula.replace(/^=/, ""), result: shown.get(`${cell.row},${cell.col}`) ?? 0 };
      return;
    }
    target.dataValidation = exceljsValidation(rule, target.address);
    const figure = content.figureOf(cell.ref);
    if (figure !== undefined) target.value = figure;
    return;
  }
  if (cell.role === "input") {
    const prose = content.proseAt(`${columnLetters(cell.col)}${cell.row + 1}`);
    if (prose !== undefined) target.value = prose;
    return;
  }
  if (cell.value !== undefined) target.value = cell.value;
}

/** The value each total shows, worked out from the figures, so a viewer that does not calculate shows it too. */
function totalsOf(layout: SheetLayout, content: SheetContent): Map<string, number> {
  const byPosition = new Map(layout.cells.map((c) => [`${c.row},${c.col}`, c]));
  const at = (row: number, col: number) => byPosition.get(`${row - 1},${col - 1}`);
  const shownAt = formulaEvaluator(
    (row, col) => at(row, col)?.formula?.replace(/^=/, ""),
    (row, col) => {
      const ref = at(row, col)?.ref;
      return ref && content.figureOf(ref);
    },
  );
  const totals = new Map<string, number>();
  for (const cell of layout.cells) {
    if (cell.formula === undefined) continue;
    const value = shownAt(cell.row + 1, cell.col + 1);
    if (typeof value === "number") totals.set(`${cell.row},${cell.col}`, value);
  }
  return totals;
}

const single = (cell: SheetCell): Merge => ({ top: cell.row, left: cell.col, bottom: cell.row, right: cell.col });

function cellsOf(sheet: Worksheet, block: Merge): Cell[] {
  const cells: Cell[] = [];
  for (let row = block.top; row <= block.bottom; row++) {
    for (let col = block.left; col <= block.right; col++) cells.push(sheet.getCell(row + 1, col + 1));
  }
  return cells;
}

/** Rows tall enough for their wrapped labels and prose (the estimate is the domain's, shared with the add-in). */
function setRowHeights(sheet: Worksheet, layout: SheetLayout): void {
  const heights = rowHeights(layout, (cell) => styleOf(cell).font.size ?? BASE_FONT_SIZE);
  for (const [row, height] of heights) sheet.getRow(row + 1).height = height;
}

/** "$K$12" for "K12": the absolute address a workbook name refers to. */
export function absoluteAddress(address: string): string {
  const { row, col } = fromA1(address);
  return `$${columnLetters(col)}$${row + 1}`;
}
