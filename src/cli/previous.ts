import type { Report } from "../domain";
import { readReportFile } from "../files/read-report-file";
import type { CliIo } from "./io";
import { cliMessages } from "./messages.zh-CN";

/** Last year's report named by --previous; undefined when none was asked for, null when it cannot be read. */
export async function readPrevious(file: string | undefined, io: CliIo): Promise<Report | undefined | null> {
  if (!file) return undefined;
  const read = await readReportFile(file);
  if (read.ok) return read.report;
  io.err([cliMessages.previousUnreadable(file), ...read.errors.map((e) => `  ${e}`)].join("\n"));
  return null;
}
