import { previousReportProblem, type Report } from "../domain";
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

/** Why last year's report cannot stand for the year before this one (the domain's sentence), or undefined. */
export function previousYearProblem(previous: Report, report: Pick<Report, "year">): string | undefined {
  return previousReportProblem(report, previous)?.message;
}
