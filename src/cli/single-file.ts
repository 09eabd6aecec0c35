import type { ReadHint } from "../domain";
import type { ReportFile } from "../files/read-report-file";
import type { CliIo } from "./io";
import type { CliArgs } from "./options";
import { cliMessages } from "./messages.zh-CN";
import { readBoundedReport } from "./read-on-worker";
import { oneLine } from "./terminal-safe";

/** The one report file a command works on, or undefined after telling the user how to call it. */
export function singleFile(args: CliArgs, io: CliIo): string | undefined {
  const [file, ...others] = args.files;
  if (file && others.length === 0) return file;
  io.err(`${file ? cliMessages.oneFile : cliMessages.noFiles}\n\n${cliMessages.usage}`);
  return undefined;
}

/** What --year and --format tell the reader. */
export const hintOf = (args: CliArgs): ReadHint => ({
  ...(args.year ? { year: args.year } : {}),
  ...(args.format ? { format: args.format } : {}),
});

/** The report in a file, or undefined after saying in Chinese why it cannot be read. */
export async function readOrExplain(
  file: string,
  args: CliArgs,
  io: CliIo,
): Promise<Extract<ReportFile, { ok: true }> | undefined> {
  const read = await readBoundedReport(file, hintOf(args));
  if (read.ok) return read;
  io.err(read.errors.map((e) => `${oneLine(file)}：${cliMessages.unreadable}：${e}`).join("\n"));
  return undefined;
}
