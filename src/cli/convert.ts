import { toReportJson } from "../domain";
import { EXIT, type CliIo } from "./io";
import type { CliArgs } from "./main";
import { cliMessages } from "./messages.zh-CN";
import { readOrExplain, singleFile } from "./single-file";

/** `nianbao convert <file> --json`: the report JSON of a text report (or of a JSON report, normalised). */
export async function runConvert(args: CliArgs, io: CliIo): Promise<number> {
  const file = singleFile(args, io);
  if (!file) return EXIT.unreadableOrUsage;
  if (!args.json) {
    io.err(cliMessages.convertNeedsJson);
    return EXIT.unreadableOrUsage;
  }
  const read = await readOrExplain(file, io);
  if (!read) return EXIT.unreadableOrUsage;
  io.out(JSON.stringify(toReportJson(read.report), null, 2));
  return EXIT.ok;
}
