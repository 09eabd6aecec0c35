import { refId } from "../cells";
import { toA1 } from "../layout/a1";
import { refAt } from "../layout/lookup";
import type { SheetLayout } from "../layout/sheet";
import type { CellRef } from "../model";
import type { FoundCell } from "./sheet-cells";

// Totals are formulas (=SUM(I23:N23)). A person may type over one (after lifting the sheet's protection), or paste a
// block across it; that total is then a finding, and its quick fix 恢复公式 writes the formula back. A formula is intact when it refers to the same figure cells as the layout's, wherever
// inserted rows have moved them; cells it refers to that are no figure (a blank row inserted inside the table)
// do not count.

type Position = { row: number; col: number };

/** Beyond this many cells a reference is not a total's (someone summed a whole column): not intact. */
const MAX_CELLS = 10_000;

const reference =
  /(?<![A-Za-z0-9_.])\$?([A-Za-z]{1,3})\$?([1-9]\d{0,6})(?::\$?([A-Za-z]{1,3})\$?([1-9]\d{0,6}))?(?![A-Za-z0-9_(])/g;

const columnOf = (letters: string): number =>
  [...letters.toUpperCase()].reduce((acc, ch) => acc * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** The cells an A1 formula refers to, ranges expanded; undefined when a range is implausibly large. */
export function positionsIn(formula: string): Position[] | undefined {
  const positions: Position[] = [];
  for (const match of formula.matchAll(reference)) {
    const [, c1 = "A", r1 = "1", c2 = c1, r2 = r1] = match;
    const [top, bottom] = [Number(r1) - 1, Number(r2) - 1].sort((a, b) => a - b) as [number, number];
    const [left, right] = [columnOf(c1), columnOf(c2)].sort((a, b) => a - b) as [number, number];
    if ((bottom - top + 1) * (right - left + 1) > MAX_CELLS) return undefined;
    for (let row = top; row <= bottom; row++) for (let col = left; col <= right; col++) positions.push({ row, col });
  }
  return positions;
}

/** Moves every A1 reference of a formula by rows and columns (absolute ones too: the whole table moved). */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  const move = (letters: string, digits: string): string => toA1(Number(digits) - 1 + rows, columnOf(letters) + cols);
  return formula.replace(reference, (_match, c1: string, r1: string, c2?: string, r2?: string) =>
    c2 !== undefined && r2 !== undefined ? `${move(c1, r1)}:${move(c2, r2)}` : move(c1, r1),
  );
}

function refsAt(positions: readonly Position[], lookup: (p: Position) => CellRef | undefined): CellRef[] {
  return positions.flatMap((p) => {
    const ref = lookup(p);
    return ref ? [ref] : [];
  });
}

const idSet = (refs: readonly CellRef[]): Set<string> => new Set(refs.map(refId));

/** A total that no longer holds its formula, the formula that puts it back and the cells that formula sums. */
export type BrokenTotal = { ref: CellRef; row: number; col: number; formula: string; terms: CellRef[] };

/** The total cells whose formula was overwritten or no longer sums the layout's cells. */
export function brokenTotals(layout: SheetLayout, cells: ReadonlyMap<string, FoundCell>): BrokenTotal[] {
  const byPosition = new Map([...cells.values()].map((c) => [`${c.row},${c.col}`, c.ref]));
  const now = (p: Position): CellRef | undefined => byPosition.get(`${p.row},${p.col}`);
  const inLayout = (p: Position): CellRef | undefined => refAt(layout, p.row, p.col);
  return layout.cells.flatMap((cell): BrokenTotal[] => {
    const found = cell.ref ? cells.get(refId(cell.ref)) : undefined;
    if (!cell.ref || cell.role !== "total" || cell.formula === undefined || !found) return [];
    const layoutPositions = positionsIn(cell.formula) ?? [];
    const terms = refsAt(layoutPositions, inLayout);
    const expected = idSet(terms);
    const current = typeof found.formula === "string" && found.formula.startsWith("=") ? found.formula : undefined;
    const actual = idSet(current === undefined ? [] : refsAt(positionsIn(current) ?? [], now));
    if (actual.size === expected.size && [...expected].every((id) => actual.has(id))) return [];
    const [dRow, dCol] = [found.row - cell.row, found.col - cell.col];
    const moved = layoutPositions.every((p) => {
      const term = inLayout(p);
      const at = term ? cells.get(refId(term)) : undefined;
      return at !== undefined && at.row - p.row === dRow && at.col - p.col === dCol;
    });
    // Rows inserted inside the table moved some terms but not others: list the cells where they are now.
    const listed = terms.flatMap((t) => {
      const at = cells.get(refId(t));
      return at ? [toA1(at.row, at.col)] : [];
    });
    const formula = moved ? shiftFormula(cell.formula, dRow, dCol) : `=SUM(${listed.join(",")})`;
    return [{ ref: cell.ref, row: found.row, col: found.col, formula, terms }];
  });
}
