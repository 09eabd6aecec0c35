import ExcelJS, { type Cell, type CellValue, type Workbook, type Worksheet } from "exceljs";
import { fromA1 } from "../../domain";
import { formulaEvaluator, type Shown } from "./formulas";

// A workbook's cells as a person sees them: a formula shows its cached result, or, in a file saved without
// results, the value worked out here; a merged block shows its top-left cell's value in every cell; rich text
// shows its text and an error its code. Positions are 0-based, as in the shared layout.

/** A block of merged cells, 0-based and inclusive (a lone cell is a block of one). */
export type Block = { top: number; left: number; bottom: number; right: number };

export type SheetView = {
  name: string;
  /** What the cell shows; a blank cell (or text of only spaces) shows undefined. */
  shownAt: (row: number, col: number) => Shown;
  /** The merged block a cell belongs to, or the cell alone. */
  blockAt: (row: number, col: number) => Block;
  /** Every top-left cell holding text, top to bottom then left to right, with its block. */
  texts: { text: string; block: Block }[];
};

/** Views of every worksheet of a workbook, by sheet name (a formula's reference to another sheet is not followed). */
export function viewsOf(workbook: Workbook): Map<string, SheetView> {
  const sheets = new Map(workbook.worksheets.map((sheet) => [sheet.name, sheet]));
  const cellOf = (sheetName: string, row: number, col: number): Cell | undefined => {
    const sheet = sheets.get(sheetName);
    return sheet ? masterOf(sheet.getCell(row, col)) : undefined;
  };
  // fast-formula-parser gives 1-based positions and the sheet a reference names, if any.
  const evaluators = new Map(
    [...sheets.keys()].map((name) => {
      const formulaAt = (row: number, col: number) => {
        const cell = cellOf(name, row, col);
        return cell?.type === FORMULA && cell.result === undefined ? cell.formula : undefined;
      };
      return [name, formulaEvaluator(formulaAt, (row, col) => plainShown(cellOf(name, row, col)))] as const;
    }),
  );
  const views = new Map<string, SheetView>();
  for (const [name, sheet] of sheets) {
    const shown = evaluators.get(name)!;
    const blocks = blocksOf(sheet);
    const blockAt = (row: number, col: number): Block =>
      blocks.get(`${row},${col}`) ?? { top: row, left: col, bottom: row, right: col };
    const shownAt = (row: number, col: number): Shown => {
      const block = blockAt(row, col);
      return blankToUndefined(shown(block.top + 1, block.left + 1));
    };
    views.set(name, { name, shownAt, blockAt, texts: textsOf(sheet, blockAt, shownAt) });
  }
  return views;
}

const { Merge: MERGE, Formula: FORMULA } = ExcelJS.ValueType;

const masterOf = (cell: Cell): Cell => (cell.type === MERGE ? cell.master : cell);

const blankToUndefined = (value: Shown): Shown =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/** What a cell that is not a formula waiting to be worked out shows. */
function plainShown(cell: Cell | undefined): Shown {
  if (!cell) return undefined;
  return shownOf(cell.type === FORMULA ? cell.result : cell.value);
}

function shownOf(value: CellValue): Shown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return value.text;
  if ("result" in value) return shownOf(value.result);
  return undefined;
}

/** Every cell of every merged block, by "row,col". */
function blocksOf(sheet: Worksheet): Map<string, Block> {
  const blocks = new Map<string, Block>();
  for (const range of sheet.model.merges) {
    const [first = "", last = first] = range.split(":");
    const from = fromA1(first);
    const to = fromA1(last);
    const block = { top: from.row, left: from.col, bottom: to.row, right: to.col };
    for (let row = block.top; row <= block.bottom; row++) {
      for (let col = block.left; col <= block.right; col++) blocks.set(`${row},${col}`, block);
    }
  }
  return blocks;
}

function textsOf(sheet: Worksheet, blockAt: SheetView["blockAt"], shownAt: SheetView["shownAt"]): SheetView["texts"] {
  const texts: SheetView["texts"] = [];
  sheet.eachRow((row, rowNumber) => {
    row.eachCell((cell, colNumber) => {
      if (cell.type === MERGE) return;
      const shown = shownAt(rowNumber - 1, colNumber - 1);
      if (typeof shown === "string") texts.push({ text: shown, block: blockAt(rowNumber - 1, colNumber - 1) });
    });
  });
  return texts;
}
