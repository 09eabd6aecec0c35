import { hasCell } from "../cells";
import type { CellRef, Finding, Report } from "../model";
import { ruleInstances, type RuleInstance } from "../rules/instances";
import { checkRules } from "../rules/validate";
import { formats } from "../tables/formats";
import { roundAmount, valueAt } from "../values";

// Every rule that ties a report to last year's (上年结转 = 上年结转下年度, 现行有效件数, 上一年项目数量), checked for
// each pair of a body's consecutive years, with the values on both sides for the 跨年度 sheet.

export type Tie = {
  ruleId: string;
  /** The row or column the tie runs along, as the user sees it. */
  lineLabel: string;
  cell: CellRef;
  /** This year's figure. */
  actual: number;
  /** What last year's report makes it. */
  expected: number;
  holds: boolean;
};

/** The carry-over rule instances of a report's format that last year's format can answer. */
function tieInstances(report: Report, previous: Report): RuleInstance[] {
  const previousFormat = formats[previous.format];
  return ruleInstances(formats[report.format]).filter(
    (instance) =>
      instance.rule.kind === "carryOver" &&
      instance.right.every((t) => !t.previous || hasCell(previousFormat, t.cell.table, t.cell.key)),
  );
}

/** Every tie of the pair, holding or not (blank cells counted as 0, as the rules count them). */
export function tiesOf(report: Report, previous: Report): Tie[] {
  return tieInstances(report, previous).flatMap((instance): Tie[] => {
    const [target] = instance.left;
    if (!target) return [];
    const side = (terms: RuleInstance["left"]) =>
      roundAmount(terms.reduce((acc, t) => acc + t.sign * (valueAt(t.previous ? previous : report, t.cell) ?? 0), 0));
    const actual = side(instance.left);
    const expected = side(instance.right);
    return [
      {
        ruleId: instance.rule.id,
        lineLabel: instance.lineLabel,
        cell: target.cell,
        actual,
        expected,
        holds: actual === expected,
      },
    ];
  });
}

/** The findings of the ties that do not hold, as `check --previous` would report them. */
export function crossYearFindings(report: Report, previous: Report): Finding[] {
  return checkRules(report, { previous }, tieInstances(report, previous));
}
