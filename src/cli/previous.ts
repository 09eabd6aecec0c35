import type { Report } from "../domain";
import { previousBodyProblem, previousReportProblem } from "../domain/rules/previous-year";
import { readBoundedReport } from "./read-on-worker";
import type { CliIo } from "./io";
import { cliMessages } from "./messages.zh-CN";
import { oneLine } from "./terminal-safe";

/** Last year's report named by --previous; undefined when none was asked for, null when it cannot be read. */
export async function readPrevious(file: string | undefined, io: CliIo): Promise<Report | undefined | null> {
  if (file === undefined) return undefined;
  const read = await readBoundedReport(file);
  if (read.ok) return read.report;
  io.err([cliMessages.previousUnreadable(oneLine(file)), ...read.errors.map((e) => `  ${e}`)].join("\n"));
  return null;
}

/** Why last year's report is not used for this one: the domain's sentence, and which of the two reasons. */
export type PreviousRefusal = { reason: "year" | "otherBody"; message: string };

/**
 * Why --previous cannot stand for the year before this report: another year, or (without --other-body, the person
 * saying it is this body's under a former name) another body, whose figures would drive the cross-year ties.
 * template, narrate and check all ask this one question, so they refuse the same reports for the same reasons.
 */
export function previousRefusal(
  previous: Report,
  report: Pick<Report, "year" | "body">,
  otherBodyConsented: boolean,
): PreviousRefusal | undefined {
  const year = previousReportProblem(report, previous);
  if (year) return { reason: "year", message: year.message };
  const body = otherBodyConsented ? undefined : previousBodyProblem(report, previous);
  return body && { reason: "otherBody", message: body.message };
}
