import type { CellRef, Finding, KnownSum } from "../model";
import { roundAmount } from "../values";
import type { CompiledInstance } from "./compiled-format";
import { ruleKinds } from "./kinds";
import { sumsInPlace, type SummedTerm } from "./known-sums";

// A rule along the lines of a group whose lines were given only as one line of their sums (（六）其他处理 written as
// one row): no line of the group can be checked alone, but the rule holds on the sum of its lines if it holds on
// each, so it is checked there: the row's own 总计 against the sum of its applicant columns.

/** How validate.ts sees a report's values: a cell's value (NaN blank) and whether it was read. */
export type CellValues = { valueOf: (cell: CellRef) => number; unread: (cell: CellRef) => boolean };

/** The rule's findings on the lines given as sums: one per group of instances tied together by the sums they read. */
export function checkSummedLines(
  instances: readonly CompiledInstance[],
  cells: CellValues,
  sums: readonly KnownSum[],
): Finding[] {
  if (sums.length === 0) return [];
  const sumsOf = (compiled: CompiledInstance): number[] =>
    sums.flatMap((sum, n) => (sum.cells.some((cell) => compiled.ownCells.some((own) => same(own, cell))) ? [n] : []));
  const byRule = new Map<string, { instance: CompiledInstance; sums: number[] }[]>();
  for (const compiled of instances) {
    if (compiled.own.length !== compiled.terms.length || !compiled.ownCells.some(cells.unread)) continue;
    if (sumsInPlace(termsOf([compiled]), cells.unread, sums)) continue; // checked alone
    const touched = sumsOf(compiled);
    if (touched.length === 0) continue;
    const id = compiled.instance.rule.id;
    byRule.set(id, [...(byRule.get(id) ?? []), { instance: compiled, sums: touched }]);
  }
  return [...byRule.values()].flatMap((group) => components(group).flatMap((part) => checkTogether(part, cells, sums)));
}

const same = (a: CellRef, b: CellRef): boolean => a.table === b.table && a.key === b.key;

const termsOf = (instances: readonly CompiledInstance[]): SummedTerm[] =>
  instances.flatMap((compiled) =>
    compiled.terms.map((term, n) => ({ cell: term.cell, sign: term.sign, left: n < compiled.leftCount })),
  );

/** Instances tied together by a sum they both read, each group once. */
function components(group: readonly { instance: CompiledInstance; sums: number[] }[]): CompiledInstance[][] {
  const parts: { instances: CompiledInstance[]; sums: Set<number> }[] = [];
  for (const { instance, sums } of group) {
    const joined = parts.filter((part) => sums.some((n) => part.sums.has(n)));
    const merged = { instances: [instance], sums: new Set(sums) };
    for (const part of joined) {
      merged.instances.unshift(...part.instances);
      for (const n of part.sums) merged.sums.add(n);
      parts.splice(parts.indexOf(part), 1);
    }
    parts.push(merged);
  }
  return parts.map((part) => part.instances);
}

function checkTogether(instances: CompiledInstance[], cells: CellValues, sums: readonly KnownSum[]): Finding[] {
  const terms = termsOf(instances);
  const inPlace = instances.length > 1 ? sumsInPlace(terms, cells.unread, sums) : undefined;
  const [first] = instances;
  if (!inPlace || !first) return [];
  let [left, right] = [inPlace.left, inPlace.right];
  for (const term of terms) {
    const value = cells.valueOf(term.cell);
    if (cells.unread(term.cell) || Number.isNaN(value)) continue;
    if (term.left) left += term.sign * value;
    else right += term.sign * value;
  }
  const { rule } = first.instance;
  const kind = ruleKinds[rule.kind];
  const [actual, expected] = [roundAmount(left), roundAmount(right)];
  if (kind.relation === "equal" ? actual === expected : actual >= expected) return [];
  const line = sums.find((sum) => sum.cells.some((cell) => same(cell, first.ownCells[0]!)))?.line;
  const finding: Finding = {
    ruleId: rule.id,
    severity: rule.severity,
    code: kind.code,
    cells: [...first.ownCells],
    expected,
    actual,
  };
  return [line === undefined ? finding : { ...finding, line }];
}
