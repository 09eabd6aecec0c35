import { cellKey, hasCell } from "../cells";
import type { CellRef, SectionDef } from "../model";
import type { FormatDef } from "../tables/formats";
import type { RuleDef, Term } from "./rule";

/** A rule applied to one line of a table: concrete cells on each side. */
export type RuleInstance = {
  rule: RuleDef;
  /** The row or column the rule runs along, as the user sees it. */
  lineLabel: string;
  left: TermRef[];
  right: TermRef[];
};

export type TermRef = { cell: CellRef; sign: 1 | -1; previous: boolean };

const cache = new WeakMap<FormatDef, RuleInstance[]>();

/** Every rule of a format, expanded over every line of its table that has the keys the rule names. */
export function ruleInstances(format: FormatDef): RuleInstance[] {
  let instances = cache.get(format);
  if (!instances) {
    instances = format.rules.flatMap((rule) => expandRule(format, rule));
    cache.set(format, instances);
  }
  return instances;
}

function expandRule(format: FormatDef, rule: RuleDef): RuleInstance[] {
  const table = format.tables.find((t) => t.id === rule.table);
  if (!table) return [];
  return table.sections.flatMap((section) =>
    linesOf(section, rule.axis).flatMap((line) => {
      const toRef = (term: Term): TermRef => ({
        cell: { table: rule.table, key: rule.axis === "row" ? cellKey(line.key, term.at) : cellKey(term.at, line.key) },
        sign: term.sign,
        previous: term.previous ?? false,
      });
      const left = rule.left.map(toRef);
      const right = rule.right.map(toRef);
      // Previous-year terms are checked against last year's format when it is known, not here.
      const present = [...left, ...right].every((t) => t.previous || hasCell(format, t.cell.table, t.cell.key));
      const targetPresent = [...left, ...right].some((t) => !t.previous);
      return present && targetPresent ? [{ rule, lineLabel: line.label, left, right }] : [];
    }),
  );
}

function linesOf(section: SectionDef, axis: "row" | "column"): { key: string; label: string }[] {
  return axis === "row" ? [...section.rows] : [...section.columns];
}
