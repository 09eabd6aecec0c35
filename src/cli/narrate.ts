import { draftNarrative, formats, prefillFromPrevious } from "../domain";
import { EXIT, type CliIo } from "./io";
import type { CliArgs } from "./main";
import { cliMessages } from "./messages.zh-CN";
import { readOrExplain, singleFile } from "./single-file";
import { readPrevious } from "./previous";

/** `nianbao narrate <file>`: sections 一、五、六 drafted from the report's figures, with their headings. */
export async function runNarrate(args: CliArgs, io: CliIo): Promise<number> {
  const file = singleFile(args, io);
  if (!file) return EXIT.unreadableOrUsage;
  const previous = await readPrevious(args.previous, io);
  if (previous === null) return EXIT.unreadableOrUsage;
  const read = await readOrExplain(file, io);
  if (!read) return EXIT.unreadableOrUsage;
  // Last year's report fills the carry-over figures the report leaves blank (上年结转), so the draft can quote them.
  const report = previous ? prefillFromPrevious(read.report, previous).report : read.report;
  const draft = draftNarrative(report);
  const sections = formats[read.report.format].text.map(
    (s) => `${cliMessages.sectionHeading(s.title)}\n${draft[s.key]}`,
  );
  io.out(sections.join("\n\n"));
  return EXIT.ok;
}
