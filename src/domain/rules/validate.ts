import { cellsOfTable, hasCell, unreadTest } from "../cells";
import type { CellRef, Finding, Report } from "../model";
import { formats, type FormatDef } from "../tables/formats";
import { kindProblem, roundAmount, valueAt } from "../values";
import { ruleInstances, type RuleInstance, type TermRef } from "./instances";
import { ruleKinds } from "./kinds";
import { ownCells } from "./not-checked";

export type ValidateOptions = {
  /** Last year's report, for the carry-over checks. */
  previous?: Report;
  /** Cells a partial report does not have: rules over them are not checked (see notCheckedRules), nor are they blank. */
  unread?: readonly CellRef[];
};

/** Every finding of the figures of a report: value kinds, blanks, totals, 勾稽关系 and carry-over ties. */
export function validateReport(report: Report, options: ValidateOptions = {}): Finding[] {
  const format = formats[report.format];
  const isUnread = unreadTest(options.unread);
  return [
    ...checkCellValues(format, report),
    ...checkBlanks(format, report, isUnread),
    ...checkRules(report, options, ruleInstances(format)),
  ];
}

/** The findings of some rule instances only, as the edit watcher needs after a change. */
export function checkRules(report: Report, options: ValidateOptions, instances: readonly RuleInstance[]): Finding[] {
  const isUnread = unreadTest(options.unread);
  return instances
    .filter((instance) => !ownCells(instance).some(isUnread))
    .flatMap((instance) => checkInstance(report, options.previous, instance));
}

function checkInstance(report: Report, previous: Report | undefined, instance: RuleInstance): Finding[] {
  const terms = [...instance.left, ...instance.right];
  if (terms.some((t) => t.previous)) {
    if (!previous) return [];
    const previousFormat = formats[previous.format];
    if (terms.some((t) => t.previous && !hasCell(previousFormat, t.cell.table, t.cell.key))) return [];
  }
  const total = (side: TermRef[]): number =>
    roundAmount(
      side.reduce((acc, t) => acc + t.sign * (valueAt(t.previous && previous ? previous : report, t.cell) ?? 0), 0),
    );
  const actual = total(instance.left);
  const expected = total(instance.right);
  const kind = ruleKinds[instance.rule.kind];
  const holds = kind.relation === "equal" ? actual === expected : actual >= expected;
  if (holds) return [];
  return [
    {
      ruleId: instance.rule.id,
      severity: instance.rule.severity,
      code: kind.code,
      cells: terms.filter((t) => !t.previous).map((t) => t.cell),
      expected,
      actual,
    },
  ];
}

function checkCellValues(format: FormatDef, report: Report): Finding[] {
  return format.tables.flatMap(cellsOfTable).flatMap((cell) => {
    const value = valueAt(report, cell.ref);
    const code = value === undefined ? undefined : kindProblem(value, cell.kind);
    return code ? [{ ruleId: "cell.value", severity: "error" as const, code, cells: [cell.ref], actual: value }] : [];
  });
}

/** One warning per table that has blank cells: the official tables want 0 written. */
function checkBlanks(format: FormatDef, report: Report, isUnread: (ref: CellRef) => boolean): Finding[] {
  return format.tables.flatMap((table) => {
    const blanks = cellsOfTable(table).filter((cell) => valueAt(report, cell.ref) === undefined && !isUnread(cell.ref));
    return blanks.length === 0
      ? []
      : [
          {
            ruleId: "cell.blank",
            severity: "warning" as const,
            code: "cell.blank" as const,
            cells: blanks.map((c) => c.ref),
          },
        ];
  });
}
