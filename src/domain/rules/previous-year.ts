import { previousBodyMessage, previousYearMessage } from "../messages.zh-CN";
import { bodyKey } from "../review/body-name";
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

/** Last year's report of another body: both names, as each report writes them. */
export type PreviousBodyProblem = { body: string; previousBody: string; message: string };

/**
 * Whether `previous` names another body than `report` (names compared as review groups them: without spaces, one
 * kind of bracket, 人民政府 as 政府). A report that names no body is not judged: there is nothing to compare.
 */
export function previousBodyProblem(
  report: Pick<Report, "body">,
  previous: Pick<Report, "body">,
): PreviousBodyProblem | undefined {
  const body = report.body.trim();
  const previousBody = previous.body.trim();
  if (body === "" || previousBody === "" || bodyKey(body) === bodyKey(previousBody)) return undefined;
  return { body, previousBody, message: previousBodyMessage(body, previousBody) };
}
