import { FORMATS_FIRST_YEAR, REPORT_YEARS, reportTitle } from "../domain";
import { templateReport, writeReportWorkbook } from "../files/xlsx/write-template";
import { EXIT, type CliIo } from "./io";
import type { CliArgs } from "./options";
import { cliMessages } from "./messages.zh-CN";
import { safeFileNamePart } from "./file-name";
import { oneLine } from "./terminal-safe";
import { writeOutput } from "./write-output";
import { previousRefusal, readPrevious } from "./previous";

/**
 * `nianbao template --year 2025 --body 某局 [--previous 上年报告 [--other-body]] [-o 输出.xlsx]`: the blank .xlsx template,
 * prefilled from last year's report of the same body (another body's only with --other-body).
 */
export async function runTemplate(args: CliArgs, io: CliIo): Promise<number> {
  const usage = (message: string): number => {
    io.err(`${message}\n\n${cliMessages.usage}`);
    return EXIT.unreadableOrUsage;
  };
  if (args.files.length > 0) return usage(cliMessages.templateTakesNoFiles);
  // A report is written early in the following year: by default, last year's.
  const year = args.year ?? new Date().getFullYear() - 1;
  if (year < REPORT_YEARS.first || year > REPORT_YEARS.last) return usage(cliMessages.badYear(String(year)));
  // A year of the older tables is a year, not a typing mistake: refused for its real reason, not as a usage error.
  if (year < FORMATS_FIRST_YEAR) {
    io.err(cliMessages.noTemplateBefore(year));
    return EXIT.unreadableOrUsage;
  }
  const body = args.body?.trim() ?? "";
  if (body === "") return usage(cliMessages.templateNeedsBody);
  const previous = await readPrevious(args.previous, io);
  if (previous === null) return EXIT.unreadableOrUsage;
  // Another year's report, or another body's (its figures would become this one's unless the person says it is this
  // body's under a former name), is refused.
  const refusal = previous && previousRefusal(previous, { year, body }, args.otherBody);
  if (refusal) {
    io.err(refusal.reason === "year" ? refusal.message : cliMessages.previousOtherBody(refusal.message, "template"));
    return EXIT.unreadableOrUsage;
  }
  // The body names the file, made safe: whatever it holds, the file lands in the current folder.
  const output = args.output ?? `${reportTitle(safeFileNamePart(body), year)}.xlsx`;
  const { report, filled } = templateReport({ year, body, previous });
  const bytes = await writeReportWorkbook(report, (warning) => io.err(warning));
  const inputs = args.previous ? [args.previous] : [];
  if (!(await writeOutput(output, bytes, args.force, io, { inputs, extension: ".xlsx" })))
    return EXIT.unreadableOrUsage;
  io.out(cliMessages.templateWritten(oneLine(output), year, report.format));
  if (previous) io.out(cliMessages.templatePrefilled(filled.length));
  return EXIT.ok;
}
