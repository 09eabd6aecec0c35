import FormulaParser from "fast-formula-parser";

// What working out a workbook's formulas may cost. A file can ask for anything (a sum over all 17 billion cells of a
// sheet, a text repeated 400 million times, a chain of a hundred thousand formulas); what it gets is bounded by
// Excel's own limits and by what a report needs. A formula past a limit is not worked out: its cell is reported
// as unread, with the reason, instead of showing a value nobody computed.

export const FORMULA_LIMITS = {
  /** Excel's longest text in a cell, and so the longest a formula's text result may be (longer is #VALUE!). */
  textLength: 32_767,
  /** Excel's longest formula. */
  formulaLength: 8_192,
  /** Excel's deepest nesting of functions is 64; parentheses nested deeper are no formula Excel wrote. */
  nesting: 100,
  /** Cells one range may cover within the sheet's used area. */
  rangeCells: 1_000_000,
  /** Formulas worked out (each try counts) per workbook. */
  evaluations: 300_000,
  /** Cells read by ranges and formulas waiting per workbook. */
  work: 5_000_000,
  sheetRows: 1_048_576,
  sheetCols: 16_384,
};

/**
 * Why a formula was not worked out: past a limit ("formula", "range", "work"), part of a circular reference
 * ("circular": it refers to itself, directly or through other formulas), or reading a cell of one ("circularInput").
 */
export type LimitReason = "formula" | "range" | "work" | "circular" | "circularInput";

/** A formula's value when it went past a limit: not a value at all, so the cell is reported as unread. */
export class NotWorkedOut {
  constructor(readonly reason: LimitReason) {}
}

/** Whether a formula is past Excel's own length or nesting limits ("formula"), else undefined. */
export function formulaShape(formula: string): LimitReason | undefined {
  if (formula.length > FORMULA_LIMITS.formulaLength) return "formula";
  let depth = 0;
  for (let i = 0; i < formula.length; i++) {
    const code = formula.charCodeAt(i);
    if (code === 40 /* ( */ && ++depth > FORMULA_LIMITS.nesting) return "formula";
    if (code === 41 /* ) */) depth -= 1;
  }
  return undefined;
}

type FormulaFunction = (...args: unknown[]) => unknown;
type Argument = { value?: unknown } | null | undefined;

const VALUE_ERROR = new FormulaParser.FormulaError("#VALUE!");

/** Excel's REPT refuses a result longer than a cell holds, before building it. */
function checkRepeat(text: Argument, times: Argument): void {
  const value = text?.value;
  // An array or a reference counts as at least one character: the count alone then bounds the work.
  const length =
    typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value).length : 1;
  const count = Number(times?.value ?? 0);
  if (!(length * count <= FORMULA_LIMITS.textLength)) throw VALUE_ERROR;
}

/** The parser with every function's text result held to Excel's cell length, and REPT checked before it runs. */
export function guardFunctions(parser: FormulaParser): FormulaParser {
  const functions = (parser as unknown as { functions: Record<string, FormulaFunction> }).functions;
  for (const [name, run] of Object.entries(functions)) {
    functions[name] = (...args: unknown[]) => {
      if (name === "REPT") checkRepeat(args[0] as Argument, args[1] as Argument);
      const result = run(...args);
      if (typeof result === "string" && result.length > FORMULA_LIMITS.textLength) throw VALUE_ERROR;
      return result;
    };
  }
  return parser;
}
