import type { ReadHint } from "../domain";
import type { ReportFile } from "../files/read-report-file";
import type { CliIo } from "./io";
import type { CliArgs } from "./options";
import { cliMessages } from "./messages.zh-CN";
import { boundedLines } from "./output-limits";
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

/**
 * What a person should know about how the file was read, on stderr as `check` prints it: only the first of two
 * reports was read, a table was not found, figures were worked out differently. A command that prints a result
 * (convert's JSON, narrate's draft, export's document) otherwise hides it.
 */
export function tellNotes(file: string, notes: readonly string[] | undefined, io: CliIo): void {
  for (const note of boundedLines(notes ?? [])) io.err(`${oneLine(file)}：${cliMessages.note}：${note}`);
}
