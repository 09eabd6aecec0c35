import FormulaParser from "fast-formula-parser";
import { findSheet, getCell, parseCellKey, type Scalar, type SheetModel, type WorkbookModel } from "./model";
import { resolveName } from "./name-lookup";

/** Value shown for cells in a reference cycle (real Excel shows 0 plus a warning; an error is easier to notice). */
export const CYCLE_ERROR = "#REF!";

const errorValues = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#ERROR!"]);

/** True when a value is one of Excel's error values. */
export function isErrorValue(value: unknown): value is string {
  return typeof value === "string" && errorValues.has(value);
}

type Point = { row: number; col: number };
/** A reference as the parsers give it: 1-based, one cell or a range. */
export type Ref = (Point & { sheet: string }) | { sheet: string; from: Point; to: Point };

function toParserValue(value: Scalar | undefined): unknown {
  if (value === undefined || value === "") return undefined;
  return isErrorValue(value) ? new FormulaParser.FormulaError(value) : value;
}

function toCellValue(result: unknown): Scalar {
  const first: unknown = Array.isArray(result) ? (result as unknown[][])[0]?.[0] : result;
  if (first instanceof FormulaParser.FormulaError) return first.error;
  if (typeof first === "number") return Number.isFinite(first) ? first : "#NUM!";
  if (typeof first === "string" || typeof first === "boolean") return first;
  return 0;
}

/** Evaluates one formula (without "=") at a position against the current cell values. */
export function evaluateFormula(
  model: WorkbookModel,
  sheet: SheetModel,
  row: number,
  col: number,
  formula: string,
  parser: FormulaParser = parsersOf(model).parser,
): Scalar {
  try {
    return toCellValue(parser.parse(formula, { sheet: sheet.name, row: row + 1, col: col + 1 }));
  } catch (error) {
    return error instanceof FormulaParser.FormulaError ? error.error : "#NAME?";
  }
}

/** A range longer than this (whole columns or rows) is cut to the sheet's used cells. */
const HUGE_SPAN = 10_000;

export type Parsers = { parser: FormulaParser; depParser: InstanceType<typeof FormulaParser.DepParser> };

// Building a parser is the costly part (its grammar is analysed anew by each instance, ~5 ms), and its callbacks only
// read the model they were made for: so each model keeps one of each for every recalculation and validation check.
const parsersByModel = new WeakMap<WorkbookModel, Parsers>();

export function parsersOf(model: WorkbookModel): Parsers {
  let parsers = parsersByModel.get(model);
  if (!parsers) {
    parsers = {
      parser: createParser(model),
      depParser: new FormulaParser.DepParser({ onVariable: (name, sheet) => nameToRef(model, name, sheet) }),
    };
    parsersByModel.set(model, parsers);
  }
  return parsers;
}

/** Told of every cell a formula reads while `recordingReads` runs one (1-based row and column, as the parser has them). */
let onRead: ((sheetName: string, row: number, col: number) => void) | undefined;

/**
 * Told when a formula's result (or dependency parse) rests on more than the cells it read: a defined name (which can be
 * pointed elsewhere) or a whole column or row (cut to the used cells, which grow).
 */
let onUnsettled: (() => void) | undefined;

/**
 * Runs `evaluate` with `read` told of each cell its formulas read (what a result depends on, to reuse it), and
 * `unsettled` when a result rests on more than those cells, so cannot be reused on their account alone.
 */
export function recordingReads<T>(
  read: (sheetName: string, row: number, col: number) => void,
  evaluate: () => T,
  unsettled?: () => void,
): T {
  const [outerRead, outerUnsettled] = [onRead, onUnsettled];
  onRead = read;
  onUnsettled = unsettled;
  try {
    return evaluate();
  } finally {
    onRead = outerRead;
    onUnsettled = outerUnsettled;
  }
}

function createParser(model: WorkbookModel): FormulaParser {
  const valueAt = (sheetName: string, row: number, col: number): unknown => {
    onRead?.(sheetName, row, col);
    const sheet = findSheet(model, sheetName);
    return sheet ? toParserValue(getCell(sheet, row - 1, col - 1)?.value) : new FormulaParser.FormulaError("#REF!");
  };
  const parser = new FormulaParser({
    functions: { ISFORMULA: (reference: unknown) => isFormula(model, reference) },
    onCell: (ref) => valueAt(ref.sheet, ref.row, ref.col),
    onRange: (ref) => {
      const sheet = findSheet(model, ref.sheet);
      if (!sheet) return [[new FormulaParser.FormulaError("#REF!")]];
      const rows: unknown[][] = [];
      // Whole-row/column references reach the grid's limits: only walk the cells that exist. Ordinary ranges are
      // walked as they are, without scanning the sheet for its used size on every range of every formula.
      const huge = (from: number, to: number) => {
        const cut = to - from > HUGE_SPAN;
        if (cut) onUnsettled?.();
        return cut;
      };
      const bottom = huge(ref.from.row, ref.to.row) ? Math.min(ref.to.row, maxUsedRow(sheet) + 1) : ref.to.row;
      const right = huge(ref.from.col, ref.to.col) ? Math.min(ref.to.col, maxUsedCol(sheet) + 1) : ref.to.col;
      for (let r = ref.from.row; r <= bottom; r++) {
        const line: unknown[] = [];
        for (let c = ref.from.col; c <= right; c++) line.push(valueAt(ref.sheet, r, c));
        rows.push(line);
      }
      return rows;
    },
    onVariable: (name, sheetName) => nameToRef(model, name, sheetName),
  });
  // The parser hands the information functions (ISTEXT …) their argument's reference besides its value; ISFORMULA is
  // one of them in Excel (2013 on), so it is listed with them.
  (parser as unknown as { funsPreserveRef: string[] }).funsPreserveRef.push("ISFORMULA");
  return parser;
}

/** ISFORMULA(reference): whether the referenced cell (a range's top-left) holds a formula; #N/A for no reference. */
function isFormula(model: WorkbookModel, argument: unknown): boolean {
  const ref = (argument as { ref?: Partial<Ref> } | undefined)?.ref;
  if (!ref || typeof ref.sheet !== "string") throw new FormulaParser.FormulaError("#N/A");
  const at = "from" in ref && ref.from ? ref.from : (ref as { row?: number; col?: number });
  if (at.row === undefined || at.col === undefined) throw new FormulaParser.FormulaError("#REF!");
  onRead?.(ref.sheet, at.row, at.col);
  const sheet = findSheet(model, ref.sheet);
  if (!sheet) throw new FormulaParser.FormulaError("#REF!");
  return getCell(sheet, at.row - 1, at.col - 1)?.formula !== undefined;
}

function maxUsedRow(sheet: SheetModel | undefined): number {
  let max = 0;
  for (const key of sheet?.cells.keys() ?? []) max = Math.max(max, parseCellKey(key).row);
  return max;
}

function maxUsedCol(sheet: SheetModel | undefined): number {
  let max = 0;
  for (const key of sheet?.cells.keys() ?? []) max = Math.max(max, parseCellKey(key).col);
  return max;
}

function nameToRef(model: WorkbookModel, name: string, sheetName: string): Ref | undefined {
  onUnsettled?.();
  const entry = resolveName(model, name, findSheet(model, sheetName)?.id);
  const target = entry?.ref ? model.sheets.find((s) => s.id === entry.ref?.sheetId) : undefined;
  if (!entry?.ref || !target) return undefined;
  const { rect } = entry.ref;
  if (rect.top === rect.bottom && rect.left === rect.right)
    return { sheet: target.name, row: rect.top + 1, col: rect.left + 1 };
  return {
    sheet: target.name,
    from: { row: rect.top + 1, col: rect.left + 1 },
    to: { row: rect.bottom + 1, col: rect.right + 1 },
  };
}
