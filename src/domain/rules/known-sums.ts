import { unreadTest } from "../cells";
import type { CellRef, Finding, KnownSum } from "../model";
import type { RuleInstance } from "./instances";

// A report may give one figure for cells it does not give one by one: a 2021 report writing （六）其他处理 as one row,
// as the 2019 tables had it, gives the sum of its three items in each column. A rule that reads those cells only
// through their sum (（七）总计 = （一）至（六）各项之和, where the three items are added together) is checked with
// it; a rule that needs one of them alone (an item's own row total) is not, and says why.

/** A term of a rule instance as this check sees it: a cell of this year's report, its sign and its side. */
export type SummedTerm = { cell: CellRef; sign: number; left: boolean };

/** What known sums add to each side of a rule in place of its cells not read. */
export type SumsInPlace = { left: number; right: number; leftUsed: boolean; rightUsed: boolean };

const id = (cell: CellRef): string => `${cell.table}:${cell.key}`;

/** The known sums a reading found, from its findings (read.subRowsSummed). */
export const knownSums = (findings: readonly Finding[]): KnownSum[] => findings.flatMap((f) => [...(f.sums ?? [])]);

/**
 * The sums that stand for exactly the cells of a rule that were not read, or undefined when they do not: every such
 * cell is in one known sum, and every cell of that sum is a term of the rule on the same side with the same sign.
 */
export function sumsInPlace(
  terms: readonly SummedTerm[],
  isUnread: (cell: CellRef) => boolean,
  sums: readonly KnownSum[],
): SumsInPlace | undefined {
  const unread = terms.filter((term) => isUnread(term.cell));
  if (unread.length === 0 || sums.length === 0) return undefined;
  const termOf = new Map(terms.map((term) => [id(term.cell), term]));
  const covered = new Set<string>();
  const result: SumsInPlace = { left: 0, right: 0, leftUsed: false, rightUsed: false };
  for (const sum of sums) {
    const inRule = sum.cells.map((cell) => termOf.get(id(cell)));
    if (inRule.every((term) => term === undefined)) continue;
    const [first] = inRule;
    if (!first || inRule.some((term) => !term || term.left !== first.left || term.sign !== first.sign)) return;
    for (const cell of sum.cells) covered.add(id(cell));
    if (first.left) [result.left, result.leftUsed] = [result.left + first.sign * sum.value, true];
    else [result.right, result.rightUsed] = [result.right + first.sign * sum.value, true];
  }
  return unread.every((term) => covered.has(id(term.cell))) ? result : undefined;
}

/** The terms of a rule instance that read this year's report, for sumsInPlace. */
export const instanceTerms = (instance: RuleInstance): SummedTerm[] => [
  ...instance.left.filter((t) => !t.previous).map((t) => ({ cell: t.cell, sign: t.sign, left: true })),
  ...instance.right.filter((t) => !t.previous).map((t) => ({ cell: t.cell, sign: t.sign, left: false })),
];

/** Whether every unread cell of a rule is one of the cells known only by their sum. */
export function onlySummedUnread(cells: readonly CellRef[], unread: readonly CellRef[], sums: readonly KnownSum[]) {
  const isUnread = unreadTest(unread);
  const summed = new Set(sums.flatMap((sum) => sum.cells.map(id)));
  const missing = cells.filter(isUnread);
  return missing.length > 0 && missing.every((cell) => summed.has(id(cell)));
}
