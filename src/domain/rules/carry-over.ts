import { hasCell } from "../cells";
import type { CellRef, Report } from "../model";
import { formats } from "../tables/formats";
import { roundAmount, valueAt } from "../values";
import { ruleInstances } from "./instances";

export type PrefilledCell = { ref: CellRef; value: number; ruleId: string };

/**
 * Fills the cells that last year's report determines (上年结转 from 结转下年度, the 2021 现行有效件数 and the 2019
 * 上一年项目数量 starting points) where they are blank, taking this year's other figures as they stand (blank = 0).
 * Figures a person has written are never overwritten. Returns a new report.
 */
export function prefillFromPrevious(report: Report, previous: Report): { report: Report; filled: PrefilledCell[] } {
  const next: Report = structuredClone(report);
  const previousFormat = formats[previous.format];
  const filled: PrefilledCell[] = [];
  for (const instance of ruleInstances(formats[report.format])) {
    const [target, ...rest] = instance.left;
    if (instance.rule.kind !== "carryOver" || !target || rest.length > 0) continue;
    if (instance.right.some((t) => t.previous && !hasCell(previousFormat, t.cell.table, t.cell.key))) continue;
    if (valueAt(next, target.cell) !== undefined) continue;
    const value = roundAmount(
      instance.right.reduce((acc, t) => acc + t.sign * (valueAt(t.previous ? previous : next, t.cell) ?? 0), 0),
    );
    next.tables[target.cell.table][target.cell.key] = value;
    filled.push({ ref: target.cell, value, ruleId: instance.rule.id });
  }
  return { report: next, filled };
}
