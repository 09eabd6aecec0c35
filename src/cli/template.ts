import { formats, reportTitle } from "../domain";
import { templateReport, writeReportWorkbook } from "../files/xlsx/write-template";
import { EXIT, type CliIo } from "./io";
import type { CliArgs } from "./main";
import { cliMessages } from "./messages.zh-CN";
import { writeOutput } from "./write-output";
import { readPrevious } from "./previous";

/** `nianbao template --year 2025 --body 某局 [--previous 上年报告] [-o 输出.xlsx]`: the blank .xlsx template. */
export async function runTemplate(args: CliArgs, io: CliIo): Promise<number> {
  const usage = (message: string): number => {
    io.err(`${message}\n\n${cliMessages.usage}`);
    return EXIT.unreadableOrUsage;
  };
  if (args.files.length > 0) return usage(cliMessages.templateTakesNoFiles);
  // A report is written early in the following year: by default, last year's.
  const year = args.year === undefined ? new Date().getFullYear() - 1 : Number(args.year);
  const firstYear = formats["2019"].firstYear;
  if (!Number.isInteger(year) || year < firstYear || year > 9999)
    return usage(cliMessages.badYear(args.year, firstYear));
  const body = args.body?.trim() ?? "";
  if (body === "") return usage(cliMessages.templateNeedsBody);
  const previous = await readPrevious(args.previous, io);
  if (previous === null) return EXIT.unreadableOrUsage;
  if (previous && previous.year !== year - 1) io.err(cliMessages.previousNotLastYear(previous.year, year));

  const output = args.output ?? `${reportTitle(body, year)}.xlsx`;
  const { report, filled } = templateReport({ year, body, previous });
  if (!(await writeOutput(output, await writeReportWorkbook(report), args.force, io))) return EXIT.unreadableOrUsage;
  io.out(cliMessages.templateWritten(output, year, report.format));
  if (previous) io.out(cliMessages.templatePrefilled(filled.length));
  return EXIT.ok;
}
