import { describeFinding, formats, toReportJson, valueAt } from "../domain";
import { EXIT, type CliIo } from "./io";
import type { CliArgs } from "./options";
import { cliMessages } from "./messages.zh-CN";
import { oneLine } from "./terminal-safe";
import { readOrExplain, singleFile, tellNotes } from "./single-file";

/**
 * `nianbao convert <file> --json`: the report JSON of any report file, with `unread` for the cells a partial report
 * does not have. A cell whose written value was refused (“12件”, “约5”) would vanish from the JSON and a later check
 * of it would not see the error, so such a file is not converted: each refused cell is named with its reason.
 */
export async function runConvert(args: CliArgs, io: CliIo): Promise<number> {
  const file = singleFile(args, io);
  if (!file) return EXIT.unreadableOrUsage;
  if (!args.json) {
    io.err(cliMessages.convertNeedsJson);
    return EXIT.unreadableOrUsage;
  }
  const read = await readOrExplain(file, args, io);
  if (!read) return EXIT.unreadableOrUsage;
  // Only the first of two reports, a table not found: said before anything else, as check says it.
  tellNotes(file, read.notes, io);
  const format = formats[read.report.format];
  const refused = read.findings.filter(
    (f) => f.severity === "error" && f.cells.some((cell) => valueAt(read.report, cell) === undefined),
  );
  if (refused.length > 0) {
    io.err(
      [
        cliMessages.convertRefused(oneLine(file), refused.length),
        ...refused.map((f) => `  ${describeFinding(format, f)}`),
      ].join("\n"),
    );
    return EXIT.findingsWithErrors;
  }
  const unread = read.unread?.length ? { unread: read.unread } : {};
  io.out(JSON.stringify({ ...toReportJson(read.report), ...unread }, null, 2));
  return EXIT.ok;
}
