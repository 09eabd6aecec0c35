import { refAt, refId, roundAmount, valueAt, type CellRef, type Report, type SheetLayout } from "../domain";
import { positionsIn } from "./total-formulas";

// A total's value is its formula's result. Excel computes it, but a check that puts a total's formula back (or writes a
// quick fix) reads the sheet before Excel recomputes: every total that holds its formula is then computed here, from
// the same cells the formula sums, in the order totals depend on each other (（七）总计 · 总计 sums other totals), with
// text and blanks counting as 0, as SUM does.

const termsCache = new WeakMap<SheetLayout, Map<string, CellRef[]>>();

/** The figure cells each total's formula sums, by the total's refId (computed once per layout). */
export function totalTerms(layout: SheetLayout): Map<string, CellRef[]> {
  let terms = termsCache.get(layout);
  if (!terms) {
    terms = new Map();
    for (const cell of layout.cells) {
      if (!cell.ref || cell.role !== "total" || cell.formula === undefined) continue;
      const refs = (positionsIn(cell.formula) ?? []).flatMap((p) => refAt(layout, p.row, p.col) ?? []);
      terms.set(refId(cell.ref), refs);
    }
    termsCache.set(layout, terms);
  }
  return terms;
}

/**
 * The report with every total in `formulaTotals` (refIds of totals that hold their formula) set to the sum of its
 * cells as they are in the report; other cells unchanged.
 */
export function withComputedTotals(report: Report, layout: SheetLayout, formulaTotals: ReadonlySet<string>): Report {
  const terms = totalTerms(layout);
  const next = structuredClone(report);
  const done = new Map<string, number>();
  const visiting = new Set<string>();
  const valueOf = (ref: CellRef): number => {
    const id = refId(ref);
    const sums = formulaTotals.has(id) ? terms.get(id) : undefined;
    // A cycle cannot come from the layout; should one appear, the cell's own value breaks it.
    if (!sums || visiting.has(id)) return valueAt(report, ref) ?? 0;
    const known = done.get(id);
    if (known !== undefined) return known;
    visiting.add(id);
    const sum = roundAmount(sums.reduce((acc, term) => acc + valueOf(term), 0));
    visiting.delete(id);
    done.set(id, sum);
    return sum;
  };
  for (const id of formulaTotals) {
    const [table, key] = id.split(/:(.*)/s) as [CellRef["table"], string];
    next.tables[table][key] = valueOf({ table, key });
  }
  return next;
}
