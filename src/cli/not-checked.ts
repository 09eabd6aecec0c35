import { ruleInstances, formats, refId, type CellRef, type NotChecked, type Report } from "../domain";

/** The rules of a partial report that cannot be checked: those with a cell of this year's report not read. */
export function notCheckedRules(report: Report, unread: readonly CellRef[]): NotChecked[] {
  const missing = new Set(unread.map(refId));
  const byRule = new Map<string, Map<string, CellRef>>();
  for (const instance of ruleInstances(formats[report.format])) {
    for (const term of [...instance.left, ...instance.right]) {
      if (term.previous || !missing.has(refId(term.cell))) continue;
      const cells = byRule.get(instance.rule.id) ?? new Map<string, CellRef>();
      cells.set(refId(term.cell), term.cell);
      byRule.set(instance.rule.id, cells);
    }
  }
  return [...byRule].map(([ruleId, cells]) => ({ ruleId, cells: [...cells.values()], reason: "cellsUnread" }));
}
