import { checkReport, draftNarrative, draftWarnings, formats, prefillFromPrevious } from "../domain";
import { EXIT, type CliIo } from "./io";
import type { CliArgs } from "./options";
import { cliMessages } from "./messages.zh-CN";
import { oneLine } from "./terminal-safe";
import { readOrExplain, singleFile, tellNotes } from "./single-file";
import { previousRefusal, readPrevious } from "./previous";

/**
 * `nianbao narrate <file> [--previous 上年报告 [--other-body]]`: sections 一、五、六 drafted from the report's figures,
 * with their headings; with last year's report of the same body (another body's only with --other-body), compared.
 */
export async function runNarrate(args: CliArgs, io: CliIo): Promise<number> {
  const file = singleFile(args, io);
  if (!file) return EXIT.unreadableOrUsage;
  const previous = await readPrevious(args.previous, io);
  if (previous === null) return EXIT.unreadableOrUsage;
  const read = await readOrExplain(file, args, io);
  if (!read) return EXIT.unreadableOrUsage;
  // Another year's or another body's report would drive the carry-over and section 五's comparison: refused.
  const refusal = previous && previousRefusal(previous, read.report, args.otherBody);
  if (refusal) {
    io.err(refusal.reason === "year" ? refusal.message : cliMessages.previousOtherBody(refusal.message, "narrate"));
    return EXIT.unreadableOrUsage;
  }
  tellNotes(file, read.notes, io);
  // Last year's report fills the carry-over figures the report leaves blank (上年结转), so the draft can quote them.
  const report = previous ? prefillFromPrevious(read.report, previous).report : read.report;
  // Cells the file did not give (a table not found) are drafted as “（未读到）”, never as 0 nor as left blank.
  const unread = read.unread;
  const draft = draftNarrative(report, previous, unread);
  const sections = formats[read.report.format].text.map(
    (s) => `${cliMessages.sectionHeading(s.title)}\n${draft[s.key]}`,
  );
  io.out(sections.join("\n\n"));
  // The draft is printed either way (the figures may be fixed later), but it quotes figures that do not add up.
  const errors = checkReport(report, { previous, readFindings: read.findings, unread: read.unread }).filter(
    (f) => f.severity === "error",
  );
  if (errors.length > 0) io.err(cliMessages.narratedWithErrors(errors.length, oneLine(file)));
  // Figures the draft could not quote: not read from the file, left blank, or of the wrong kind; each said once.
  const untold = draftWarnings(report, { unread }).filter((w) => w.code !== "tablesHaveErrors");
  tellNotes(
    file,
    untold.map((w) => w.message),
    io,
  );
  return EXIT.ok;
}
