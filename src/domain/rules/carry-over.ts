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
  const filled: PrefilledCell[] = [];
  for (const instance of ruleInstances(formats[report.format])) {
    const [target, ...rest] = instance.left;
    if (instance.rule.kind !== "carryOver" || !target || rest.length > 0) continue;
    if (valueAt(next, target.cell) !== undefined) continue;
    const value = carriedValue(next, previous, target.cell);
    if (value === undefined) continue;
    next.tables[target.cell.table][target.cell.key] = value;
    filled.push({ ref: target.cell, value, ruleId: instance.rule.id });
  }
  return { report: next, filled };
}

/**
 * What last year's report makes a cell it determines (上年结转 = 结转下年度; 现行有效件数 = last year's + 制发 − 废止),
 * this year's other figures as they stand (blank = 0); undefined when no carry-over rule determines the cell or last
 * year's format lacks what it needs.
 */
export function carriedValue(report: Report, previous: Report, ref: CellRef): number | undefined {
  const previousFormat = formats[previous.format];
  const instance = ruleInstances(formats[report.format]).find(
    (i) =>
      i.rule.kind === "carryOver" &&
      i.left.length === 1 &&
      i.left[0]?.cell.table === ref.table &&
      i.left[0].cell.key === ref.key,
  );
  if (!instance || instance.right.some((t) => t.previous && !hasCell(previousFormat, t.cell.table, t.cell.key)))
    return undefined;
  return roundAmount(
    instance.right.reduce((acc, t) => acc + t.sign * (valueAt(t.previous ? previous : report, t.cell) ?? 0), 0),
  );
}
