import { draftNarrative, formats, prefillFromPrevious } from "../domain";
import { readReportFile } from "../files/read-report-file";
import { EXIT, type CliIo } from "./io";
import type { CliArgs } from "./main";
import { cliMessages } from "./messages.zh-CN";
import { readPrevious } from "./previous";

/** `nianbao narrate <file>`: sections 一、五、六 drafted from the report's figures, with their headings. */
export async function runNarrate(args: CliArgs, io: CliIo): Promise<number> {
  const [file, ...others] = args.files;
  if (!file || others.length > 0) {
    io.err(`${file ? cliMessages.oneFile : cliMessages.noFiles}\n\n${cliMessages.usage}`);
    return EXIT.unreadableOrUsage;
  }
  const previous = await readPrevious(args.previous, io);
  if (previous === null) return EXIT.unreadableOrUsage;
  const read = await readReportFile(file);
  if (!read.ok) {
    io.err(read.errors.map((e) => `${file}：${cliMessages.unreadable}：${e}`).join("\n"));
    return EXIT.unreadableOrUsage;
  }
  // Last year's report fills the carry-over figures the report leaves blank (上年结转), so the draft can quote them.
  const report = previous ? prefillFromPrevious(read.report, previous).report : read.report;
  const draft = draftNarrative(report);
  const sections = formats[read.report.format].text.map(
    (s) => `${cliMessages.sectionHeading(s.title)}\n${draft[s.key]}`,
  );
  io.out(sections.join("\n\n"));
  return EXIT.ok;
}
