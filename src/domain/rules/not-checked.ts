import { unreadTest } from "../cells";
import type { CellRef, KnownSum, NotChecked, Report } from "../model";
import { uncheckedFigures } from "../narrative/check-figures";
import { formats } from "../tables/formats";
import { ruleInstances, type RuleInstance } from "./instances";
import { instanceTerms, onlySummedUnread, sumsInPlace } from "./known-sums";

/** The cells of this year's report a rule instance reads (last year's terms are another report's cells). */
export const ownCells = (instance: RuleInstance): CellRef[] =>
  [...instance.left, ...instance.right].filter((t) => !t.previous).map((t) => t.cell);

/**
 * Every rule instance that is not checked because some of its cells were not read (a partial published report),
 * with the cells it would have read, prose figures included: its own status, never an error and never a silent pass.
 * Ties to last year are listed only when last year's report is given (without it they are not checked anyway).
 */
export function notCheckedRules(
  report: Report,
  unread: readonly CellRef[],
  options: { previous?: Report; sums?: readonly KnownSum[] } = {},
): NotChecked[] {
  if (unread.length === 0) return [];
  const isUnread = unreadTest(unread);
  const sums = options.sums ?? [];
  const rules = ruleInstances(formats[report.format]).flatMap((instance): NotChecked[] => {
    if (!options.previous && instance.right.some((t) => t.previous)) return [];
    const cells = ownCells(instance);
    if (!cells.some(isUnread) || sumsInPlace(instanceTerms(instance), isUnread, sums)) return [];
    // A rule that needs an item given only in its group's sum is not checked for that reason.
    const reason = onlySummedUnread(cells, unread, sums) ? "subRowsSummed" : "cellsUnread";
    return [{ ruleId: instance.rule.id, cells, reason }];
  });
  return [...rules, ...uncheckedFigures(report, unread)];
}
