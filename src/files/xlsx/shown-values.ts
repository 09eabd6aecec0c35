import { workbookFormulas, type FormulaCells, type Shown } from "./formulas";
import { indexMerges, mergeBudget } from "./merge-index";
import { cellIndex, MAX_COLS, type Block, type SheetPart } from "./sheet-part";

// A workbook's cells as a person sees them: a formula shows its cached result, or, in a file saved without
// results, the value worked out here; a merged block shows its top-left cell's value in every cell; rich text
// shows its text and an error its code. Positions are 0-based, as in the shared layout.

export type { Block };

export type SheetView = {
  name: string;
  /** What the cell shows; a blank cell (or text of only spaces) shows undefined. */
  shownAt: (row: number, col: number) => Shown;
  /** The merged block a cell belongs to, or the cell alone. */
  blockAt: (row: number, col: number) => Block;
  /** Every top-left cell holding text, top to bottom then left to right, with its block. */
  texts: { text: string; block: Block }[];
};

const blankToUndefined = (value: Shown): Shown =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/** Views of every worksheet of a workbook, by sheet name; throws TooManyCells for a sheet of huge merges. */
export function viewsOf(sheets: ReadonlyMap<string, SheetPart>): Map<string, SheetView> {
  // A formula names a sheet as the person typed it; Excel matches sheet names whatever their case.
  const byLowerName = new Map([...sheets].map(([name, part]) => [name.toLowerCase(), part]));
  const partOf = (name: string): SheetPart | undefined => sheets.get(name) ?? byLowerName.get(name.toLowerCase());
  // Formulas see each cell itself: Excel counts the hidden cells of a merged block as blank.
  const cells: FormulaCells = {
    formulaAt: (sheet, row, col) => partOf(sheet)?.cells.get(cellIndex(row, col))?.formula,
    valueAt: (sheet, row, col) => partOf(sheet)?.cells.get(cellIndex(row, col))?.value,
    extentOf: (sheet) => partOf(sheet),
  };
  const formulas = workbookFormulas(cells);
  const budget = mergeBudget();
  const views = new Map<string, SheetView>();
  for (const [name, part] of sheets) {
    const blockAt = indexMerges(part.merges, budget);
    const shownAt = (row: number, col: number): Shown => {
      const { top, left } = blockAt(row, col);
      const cell = part.cells.get(cellIndex(top, left));
      if (cell?.formula !== undefined) return blankToUndefined(formulas(name, top, left));
      return blankToUndefined(cell?.text ?? cell?.value);
    };
    views.set(name, { name, shownAt, blockAt, texts: textsOf(part, blockAt) });
  }
  return views;
}

/**
 * The sheet's text cells in reading order. A formula the file carries no result for is not worked out to find a
 * label: labels are typed, and working out every formula of a sheet would let a sheet of formulas cost its size.
 */
function textsOf(part: SheetPart, blockAt: SheetView["blockAt"]): SheetView["texts"] {
  const texts: SheetView["texts"] = [];
  const indexes = [...part.cells.keys()].sort((a, b) => a - b);
  for (const index of indexes) {
    const value = part.cells.get(index)?.value;
    if (typeof value !== "string" || value.trim() === "") continue;
    const row = Math.floor(index / MAX_COLS);
    const col = index % MAX_COLS;
    const block = blockAt(row, col);
    if (block.top === row && block.left === col) texts.push({ text: value, block });
  }
  return texts;
}
