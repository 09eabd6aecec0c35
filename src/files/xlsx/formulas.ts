import FormulaParser from "fast-formula-parser";

// Formulas worked out as Excel would, for a cell whose file carries no cached result (a template written without
// one, or a workbook saved by a program that does not calculate) and for the results the template writes itself.

/** What a cell shows: a number, text (an error shows as its code, "#VALUE!"), a truth value, or nothing. */
export type Shown = number | string | boolean | undefined;

/** A cell's value by 1-based position, as the formula sees it. */
export type ShownAt = (row: number, col: number) => Shown;

/** The value of a formula (without its leading "=") at a 1-based position; an error comes back as its code. */
export function evaluateFormula(formula: string, row: number, col: number, shownAt: ShownAt): Shown {
  const parser = new FormulaParser({
    onCell: (ref) => shownAt(ref.row, ref.col),
    onRange: ({ from, to }) =>
      Array.from({ length: to.row - from.row + 1 }, (_, r) =>
        Array.from({ length: to.col - from.col + 1 }, (_, c) => shownAt(from.row + r, from.col + c)),
      ),
  });
  let result: unknown;
  try {
    result = parser.parse(formula, { row, col });
  } catch (error) {
    result = error;
  }
  return toShown(result);
}

function toShown(result: unknown): Shown {
  if (typeof result === "number" || typeof result === "string" || typeof result === "boolean") return result;
  if (result === null || result === undefined) return undefined;
  // fast-formula-parser returns (or throws) a FormulaError whose `error` is the code Excel would show.
  if (typeof result === "object" && "error" in result && typeof result.error === "string") return result.error;
  return "#VALUE!";
}

/**
 * Shown values of formula cells worked out on demand: `formulaAt` gives a cell's formula (or undefined for a plain
 * cell), `plainAt` a plain cell's value. A cell that depends on itself counts as blank there, as Excel shows 0 for a
 * circular reference after warning about it, rather than looping forever.
 */
export function formulaEvaluator(
  formulaAt: (row: number, col: number) => string | undefined,
  plainAt: ShownAt,
): ShownAt {
  const done = new Map<string, Shown>();
  const busy = new Set<string>();
  const shownAt: ShownAt = (row, col) => {
    const formula = formulaAt(row, col);
    if (formula === undefined) return plainAt(row, col);
    const id = `${row},${col}`;
    if (done.has(id)) return done.get(id);
    if (busy.has(id)) return undefined;
    busy.add(id);
    const value = evaluateFormula(formula, row, col, shownAt);
    busy.delete(id);
    done.set(id, value);
    return value;
  };
  return shownAt;
}
