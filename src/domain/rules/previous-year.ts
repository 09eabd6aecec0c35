import { previousYearMessage } from "../messages.zh-CN";
import type { Report } from "../model";

/** Why a report cannot stand as last year's for this one: the same year, a later one, or an earlier one than Y−1. */
export type PreviousYearProblem = {
  reason: "sameYear" | "laterYear" | "earlierYear";
  /** The year last year's report should be (Y−1). */
  expected: number;
  /** The year the given report is of. */
  actual: number;
  message: string;
};

/**
 * Why `previous` cannot be last year's report of `report` (上年结转 would then be compared with the wrong year and
 * every difference would be a false error), or undefined when it is of the year before.
 */
export function previousReportProblem(
  report: Pick<Report, "year">,
  previous: Pick<Report, "year">,
): PreviousYearProblem | undefined {
  const expected = report.year - 1;
  const actual = previous.year;
  if (actual === expected) return undefined;
  const reason = actual === report.year ? "sameYear" : actual > report.year ? "laterYear" : "earlierYear";
  return { reason, expected, actual, message: previousYearMessage(report.year, actual) };
}
