import { toReportJson } from "../domain";
import { readReportFile } from "../files/read-report-file";
import { EXIT, type CliIo } from "./io";
import type { CliArgs } from "./main";
import { cliMessages } from "./messages.zh-CN";

/** `nianbao convert <file> --json`: the report JSON of a text report (or of a JSON report, normalised). */
export async function runConvert(args: CliArgs, io: CliIo): Promise<number> {
  const [file, ...others] = args.files;
  if (!file || others.length > 0) {
    io.err(`${file ? cliMessages.oneFile : cliMessages.noFiles}\n\n${cliMessages.usage}`);
    return EXIT.unreadableOrUsage;
  }
  if (!args.json) {
    io.err(cliMessages.convertNeedsJson);
    return EXIT.unreadableOrUsage;
  }
  const read = await readReportFile(file);
  if (!read.ok) {
    io.err(read.errors.map((e) => `${file}：${cliMessages.unreadable}：${e}`).join("\n"));
    return EXIT.unreadableOrUsage;
  }
  io.out(JSON.stringify(toReportJson(read.report), null, 2));
  return EXIT.ok;
}
