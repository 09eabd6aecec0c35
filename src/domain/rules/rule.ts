import type { Severity, TableId } from "../model";

/**
 * One term of a rule along a line of a table. `at` is a column key when the rule runs along rows,
 * a row key when it runs down columns. `previous` terms read last year's report.
 */
export type Term = { at: string; sign: 1 | -1; previous?: boolean };

export type RuleKindId = "sum" | "balance" | "atLeast" | "carryOver";

/**
 * A rule of the spec's rule table, declared as data: Σleft (= or ≥) Σright on every line of a table
 * (each row when `axis` is "row", each column when "column") that has all the keys it names.
 */
export type RuleDef = {
  id: string;
  kind: RuleKindId;
  severity: Severity;
  table: TableId;
  axis: "row" | "column";
  left: readonly Term[];
  right: readonly Term[];
  /** The official wording of the rule, shown beside findings (e.g. the table caption). */
  source?: string;
  /** How the message names each side, when the labels alone would not say it (第一项加第二项之和). */
  leftText?: string;
  rightText?: string;
};

const term = (at: string, sign: 1 | -1 = 1, previous = false): Term =>
  previous ? { at, sign, previous } : { at, sign };

type RuleHead = { id: string; table: TableId; axis: "row" | "column"; source?: string; rightText?: string };

/** A total: `target` is the sum of `of`; the sheet computes it with a formula. */
export function sum(head: RuleHead & { target: string; of: readonly string[] }): RuleDef {
  const { target, of, ...rest } = head;
  return { ...rest, kind: "sum", severity: "error", left: [term(target)], right: of.map((k) => term(k)) };
}

/** A 勾稽关系 between two groups of lines: Σleft = Σright. */
export function balance(
  head: RuleHead & { left: readonly string[]; right: readonly string[]; leftText: string },
): RuleDef {
  const { left, right, ...rest } = head;
  return {
    ...rest,
    kind: "balance",
    severity: "error",
    left: left.map((k) => term(k)),
    right: right.map((k) => term(k)),
  };
}

/** A line that can be no smaller than another (对外公开总数量 ≥ 本年新公开数量). */
export function atLeast(head: RuleHead & { big: string; small: string; severity: Severity }): RuleDef {
  const { big, small, ...rest } = head;
  return { ...rest, kind: "atLeast", left: [term(big)], right: [term(small)] };
}

/**
 * A tie to last year's report: this year's `target` equals the given terms, where `last:` names
 * last year's line and `this:` this year's, with an optional leading minus (e.g. "-this:repealed").
 */
export function carryOver(head: RuleHead & { target: string; from: readonly string[]; severity: Severity }): RuleDef {
  const { target, from, ...rest } = head;
  const right = from.map((spec) => {
    const sign = spec.startsWith("-") ? -1 : 1;
    const [when, at] = spec.replace(/^-/, "").split(":") as [string, string];
    return term(at, sign, when === "last");
  });
  return { ...rest, kind: "carryOver", left: [term(target)], right };
}
