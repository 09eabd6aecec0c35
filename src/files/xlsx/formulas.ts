import FormulaParser from "fast-formula-parser";
import { FORMULA_LIMITS, formulaShape, guardFunctions, NotWorkedOut, type LimitReason } from "./formula-limits";

// Formulas worked out as Excel would, for a cell whose file carries no cached result (a template written without
// one, or a workbook saved by a program that does not calculate) and for the results the template writes itself.
// One parser serves every formula (building one costs milliseconds). It never calls itself: a formula that needs
// another formula's value first is put back, that formula is worked out, and the first is tried again; so a chain
// of any length is worked out one link at a time, on an explicit stack, never on the call stack.

/** What a cell shows: a number, text (an error shows as its code, "#VALUE!"), a truth value, nothing, or a formula not worked out because it went past a limit. */
export type Shown = number | string | boolean | undefined | NotWorkedOut;
export { NotWorkedOut, type LimitReason };

/** A cell's value by 1-based position, as the formula sees it. */
export type ShownAt = (row: number, col: number) => Shown;

/** The cells formulas read, by sheet and 0-based position. */
export type FormulaCells = {
  /** The formula (without "=") of a cell the file carries no result for; undefined for every other cell. */
  formulaAt: (sheet: string, row: number, col: number) => string | undefined;
  /** What any other cell shows. */
  valueAt: (sheet: string, row: number, col: number) => Shown;
  /** One past the last used row and column of a sheet (a range is read no further), or undefined for no such sheet. */
  extentOf: (sheet: string) => { rows: number; cols: number } | undefined;
};

type Ref = { sheet: string; row: number; col: number };
type Hooks = { lookup: (ref: Ref) => unknown; range: (sheet: string, from: Ref, to: Ref) => unknown[][] };

const idOf = (ref: Ref): string => `${ref.row},${ref.col},${ref.sheet}`;

let hooks: Hooks | undefined;
let sharedParser: FormulaParser | undefined;

/** The one parser, built on first use; its hooks read whichever workbook is being worked out. */
function parser(): FormulaParser {
  sharedParser ??= guardFunctions(
    new FormulaParser({
      onCell: (ref) => hooks?.lookup({ sheet: ref.sheet, row: ref.row - 1, col: ref.col - 1 }),
      onRange: ({ sheet, from, to }) =>
        hooks?.range(
          sheet,
          { sheet, row: from.row - 1, col: from.col - 1 },
          { sheet, row: to.row - 1, col: to.col - 1 },
        ) ?? [[]],
    }),
  );
  return sharedParser;
}

/** Every formula of a workbook worked out on demand, each once, within the limits of formula-limits.ts. */
export function workbookFormulas(cells: FormulaCells): (sheet: string, row: number, col: number) => Shown {
  const done = new Map<string, Shown>();
  const inProgress = new Set<string>();
  const budget = { evaluations: FORMULA_LIMITS.evaluations, work: FORMULA_LIMITS.work };

  // The formulas found to be in a circular reference: each shows NotWorkedOut("circular"), any formula reading one of
  // them NotWorkedOut("circularInput"), so a person is told which cells form the loop and which only depend on it.
  const cyclic = new Set<string>();

  const workOut = (root: Ref & { formula: string }): void => {
    const stack = [root];
    // The formulas waiting above `from` on the stack wait on each other, up to the one that met `from` again: a loop.
    const markCycle = (from: string): void => {
      for (let i = stack.length - 1; i >= 0; i--) {
        const id = idOf(stack[i]!);
        if (inProgress.has(id)) cyclic.add(id);
        if (id === from) break;
      }
    };
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const id = idOf(top);
      if (done.has(id)) {
        stack.pop();
        continue;
      }
      if (--budget.evaluations < 0 || budget.work < 0) {
        done.set(id, new NotWorkedOut("work"));
        inProgress.delete(id);
        stack.pop();
        continue;
      }
      inProgress.add(id);
      const attempt = evaluateOnce(top, cells, done, inProgress, budget, markCycle);
      if (attempt.needs.length > 0) {
        budget.work -= attempt.needs.length;
        for (const need of attempt.needs) stack.push(need);
        continue;
      }
      const inLoop = attempt.value instanceof NotWorkedOut && attempt.value.reason === "circular";
      done.set(id, inLoop && !cyclic.has(id) ? new NotWorkedOut("circularInput") : attempt.value);
      inProgress.delete(id);
      stack.pop();
    }
  };

  return (sheet, row, col) => {
    const formula = cells.formulaAt(sheet, row, col);
    if (formula === undefined) return cells.valueAt(sheet, row, col);
    const ref = { sheet, row, col };
    if (!done.has(idOf(ref))) workOut({ ...ref, formula });
    return done.get(idOf(ref));
  };
}

type Attempt = { value: Shown; needs: (Ref & { formula: string })[] };

/** One try at a formula: its value, or the formulas it needs worked out first. */
function evaluateOnce(
  at: Ref & { formula: string },
  cells: FormulaCells,
  done: Map<string, Shown>,
  inProgress: Set<string>,
  budget: { work: number },
  markCycle: (from: string) => void,
): Attempt {
  const shape = formulaShape(at.formula);
  if (shape) return { value: new NotWorkedOut(shape), needs: [] };
  const needs: Attempt["needs"] = [];
  let notWorkedOut: NotWorkedOut | undefined;
  const lookup = (ref: Ref): unknown => {
    const sheet = cells.extentOf(ref.sheet) ? ref.sheet : undefined;
    if (sheet === undefined) return undefined;
    const formula = cells.formulaAt(sheet, ref.row, ref.col);
    if (formula === undefined) return valueForFormula(cells.valueAt(sheet, ref.row, ref.col));
    const id = idOf(ref);
    // A formula already waiting below this one on the stack depends on this one: a circular reference. Excel warns
    // and shows 0 (or the last result, with iterative calculation on); a figure from it is one nobody wrote, so the
    // formula is not worked out and its cells are named (read-shown.ts), rather than read as 0 or looped over.
    if (inProgress.has(id)) {
      markCycle(id);
      notWorkedOut ??= new NotWorkedOut("circular");
      return 0;
    }
    if (!done.has(id)) {
      needs.push({ ...ref, formula });
      return 0;
    }
    return valueForFormula(done.get(id));
  };
  const valueForFormula = (shown: Shown): unknown => {
    if (!(shown instanceof NotWorkedOut)) return shown;
    // A formula reading one in (or depending on) a loop is in a loop or depends on one: which, is decided when it is
    // done, by whether a loop was found through it (cyclic).
    notWorkedOut ??= shown.reason === "circularInput" ? new NotWorkedOut("circular") : shown;
    return 0;
  };
  hooks = {
    lookup,
    range: (sheet, from, to) => {
      const extent = cells.extentOf(sheet);
      // Cells past the used area are blank: a range reaching them is read only as far as the area goes.
      const bottom = Math.min(to.row, (extent?.rows ?? 0) - 1);
      const right = Math.min(to.col, (extent?.cols ?? 0) - 1);
      const size = Math.max(0, bottom - from.row + 1) * Math.max(0, right - from.col + 1);
      budget.work -= size;
      if (size === 0) return [[undefined]];
      if (size > FORMULA_LIMITS.rangeCells || budget.work < 0) {
        notWorkedOut ??= new NotWorkedOut("range");
        return [[undefined]];
      }
      return Array.from({ length: bottom - from.row + 1 }, (_, r) =>
        Array.from({ length: right - from.col + 1 }, (_, c) => lookup({ sheet, row: from.row + r, col: from.col + c })),
      );
    },
  };
  let result: unknown;
  try {
    result = parser().parse(at.formula, { sheet: at.sheet, row: at.row + 1, col: at.col + 1 });
  } catch (error) {
    result = error;
  } finally {
    hooks = undefined;
  }
  if (needs.length > 0) return { value: undefined, needs };
  return { value: notWorkedOut ?? toShown(result), needs: [] };
}

function toShown(result: unknown): Shown {
  if (typeof result === "string") return result.length > FORMULA_LIMITS.textLength ? "#VALUE!" : result;
  if (typeof result === "number" || typeof result === "boolean") return result;
  if (result === null || result === undefined) return undefined;
  // fast-formula-parser returns (or throws) a FormulaError whose `error` is the code Excel would show.
  if (typeof result === "object" && "error" in result && typeof result.error === "string") return result.error;
  return "#VALUE!";
}

/** The value of a formula (without its leading "=") at a 1-based position of a sheet of its own; an error comes back as its code. */
export function evaluateFormula(formula: string, row: number, col: number, shownAt: ShownAt): Shown {
  const sheet = "";
  const formulas = workbookFormulas({
    formulaAt: (_, r, c) => (r === row - 1 && c === col - 1 ? formula : undefined),
    valueAt: (_, r, c) => shownAt(r + 1, c + 1),
    extentOf: () => ({ rows: FORMULA_LIMITS.sheetRows, cols: FORMULA_LIMITS.sheetCols }),
  });
  return formulas(sheet, row - 1, col - 1);
}

/**
 * Shown values of formula cells worked out on demand, on one sheet: `formulaAt` gives a cell's formula (or undefined
 * for a plain cell), `plainAt` a plain cell's value, both by 1-based position. A cell that depends on itself is not
 * worked out (NotWorkedOut "circular"), nor is one that reads it ("circularInput").
 */
export function formulaEvaluator(
  formulaAt: (row: number, col: number) => string | undefined,
  plainAt: ShownAt,
  extent: { rows: number; cols: number } = { rows: FORMULA_LIMITS.sheetRows, cols: FORMULA_LIMITS.sheetCols },
): ShownAt {
  const formulas = workbookFormulas({
    formulaAt: (_, r, c) => formulaAt(r + 1, c + 1),
    valueAt: (_, r, c) => plainAt(r + 1, c + 1),
    extentOf: () => extent,
  });
  return (row, col) => formulas("", row - 1, col - 1);
}
