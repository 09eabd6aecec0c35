import { extname } from "node:path";
import { checkReport, formats, type Report } from "../domain";
import { writeReportDocx } from "../files/docx/write-docx";
import { EXIT, type CliIo } from "./io";
import type { CliArgs } from "./options";
import { cliMessages } from "./messages.zh-CN";
import { oneLine } from "./terminal-safe";
import { writeOutput } from "./write-output";
import { readOrExplain, singleFile, tellNotes } from "./single-file";

/**
 * The most a section's prose may hold to be exported: far beyond any year's report (a few thousand characters), and
 * far below what would cost gigabytes to lay out as Word paragraphs (a million lines once did).
 */
const EXPORT_PROSE_LIMITS = { lines: 20_000, characters: 500_000 };

/** The first prose section past the export limits, with its size. */
function overlongSection(report: Report): { title: string; lines: number; characters: number } | undefined {
  for (const section of formats[report.format].text) {
    const text = report.text[section.key] ?? "";
    if (text.length <= EXPORT_PROSE_LIMITS.lines) continue;
    const lines = text.split("\n").length;
    if (lines > EXPORT_PROSE_LIMITS.lines || text.length > EXPORT_PROSE_LIMITS.characters) {
      return { title: section.title, lines, characters: text.length };
    }
  }
  return undefined;
}

/** `nianbao export <file> --docx [-o <out.docx>]`: the report as a Word document; by default beside the input. */
export async function runExport(args: CliArgs, io: CliIo): Promise<number> {
  const file = singleFile(args, io);
  if (!file) return EXIT.unreadableOrUsage;
  if (!args.docx) {
    io.err(cliMessages.exportNeedsDocx);
    return EXIT.unreadableOrUsage;
  }
  const read = await readOrExplain(file, args, io);
  if (!read) return EXIT.unreadableOrUsage;
  tellNotes(file, read.notes, io);
  const tooLong = overlongSection(read.report);
  if (tooLong) {
    io.err(`${oneLine(file)}：${cliMessages.exportProseTooLong(tooLong, EXPORT_PROSE_LIMITS)}`);
    return EXIT.unreadableOrUsage;
  }
  const output = args.output ?? `${file.slice(0, file.length - extname(file).length)}.docx`;
  // Characters a .docx cannot hold are dropped; the person is told where.
  const bytes = await writeReportDocx(read.report, (warning) => io.err(warning));
  // The default name is the input's when the input is itself a .docx: it is refused, never replaced.
  if (!(await writeOutput(output, bytes, args.force, io, { inputs: [file], extension: ".docx" }))) {
    return EXIT.unreadableOrUsage;
  }
  io.out(cliMessages.exported(oneLine(output)));
  // The document is written either way (the office may fix figures in Word), but a wrong table should not go unseen.
  const errors = checkReport(read.report, { readFindings: read.findings, unread: read.unread }).filter(
    (f) => f.severity === "error",
  );
  if (errors.length > 0) io.err(cliMessages.exportedWithErrors(errors.length, oneLine(file)));
  return EXIT.ok;
}
