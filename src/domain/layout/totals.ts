import type { CellRef } from "../model";
import type { RuleInstance } from "../rules/instances";
import { ruleKinds } from "../rules/kinds";
import { refId } from "../cells";
import { toA1 } from "./a1";
import type { SheetCell } from "./sheet";

// Totals the sheet computes: the one cell on the left of every instance of a rule kind that `computesLeft`
// (kind "sum": 总计 of each row of table 三, （七）总计 of each column, 总计 of each group of table 四) gets
// "=SUM(…)" of the cells on the right. A cell that totals two ways (（七）总计 × 总计) takes the formula of the
// first rule in the format's order; the other rule then holds by arithmetic, and validation still checks it.

type Position = { row: number; col: number };
type SignedPosition = Position & { sign: 1 | -1 };

/** The cells with the left cell of every computed rule instance turned into a `total` with its formula. */
export function withTotals(cells: readonly SheetCell[], instances: readonly RuleInstance[]): SheetCell[] {
  const result = cells.map((cell) => ({ ...cell }));
  const indexByRef = new Map(result.flatMap((cell, i) => (cell.ref ? [[refId(cell.ref), i] as const] : [])));
  const cellAt = (ref: CellRef): SheetCell | undefined => {
    const index = indexByRef.get(refId(ref));
    return index === undefined ? undefined : result[index];
  };
  for (const instance of instances) {
    const [target, ...moreTargets] = instance.left;
    const computable =
      ruleKinds[instance.rule.kind].computesLeft &&
      target !== undefined &&
      target.sign === 1 &&
      moreTargets.length === 0 &&
      [target, ...instance.right].every((term) => !term.previous);
    const cell = computable ? cellAt(target.cell) : undefined;
    if (!cell || cell.role === "total") continue;
    const terms = instance.right.flatMap((term) => {
      const source = cellAt(term.cell);
      return source ? [{ row: source.row, col: source.col, sign: term.sign }] : [];
    });
    if (terms.length !== instance.right.length) continue;
    cell.role = "total";
    cell.formula = sumFormula(terms);
  }
  return result;
}

/** "=SUM(B7:G7)" for adjacent cells in a line, "=SUM(B7,B9:B12)" otherwise; minus terms subtract a second SUM. */
export function sumFormula(terms: readonly SignedPosition[]): string {
  const plus = rangesOf(terms.filter((t) => t.sign === 1));
  const minus = rangesOf(terms.filter((t) => t.sign === -1));
  const added = plus.length > 0 ? `SUM(${plus.join(",")})` : "0";
  return minus.length > 0 ? `=${added}-SUM(${minus.join(",")})` : `=${added}`;
}

/** Consecutive positions that run along one row or down one column, written as ranges. */
function rangesOf(positions: readonly Position[]): string[] {
  const runs: { first: Position; last: Position }[] = [];
  for (const position of positions) {
    const run = runs.at(-1);
    if (run && continuesRun(run, position)) run.last = position;
    else runs.push({ first: position, last: position });
  }
  return runs.map(({ first, last }) =>
    first === last ? toA1(first.row, first.col) : `${toA1(first.row, first.col)}:${toA1(last.row, last.col)}`,
  );
}

function continuesRun(run: { first: Position; last: Position }, next: Position): boolean {
  const { first, last } = run;
  const across = next.row === last.row && next.col === last.col + 1 && first.row === last.row;
  const down = next.col === last.col && next.row === last.row + 1 && first.col === last.col;
  return across || down;
}
