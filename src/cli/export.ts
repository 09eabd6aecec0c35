import { extname } from "node:path";
import { checkReport } from "../domain";
import { writeReportDocx } from "../files/docx/write-docx";
import { EXIT, type CliIo } from "./io";
import type { CliArgs } from "./main";
import { cliMessages } from "./messages.zh-CN";
import { writeOutput } from "./write-output";
import { readOrExplain, singleFile } from "./single-file";

/** `nianbao export <file> --docx [-o <out.docx>]`: the report as a Word document; by default beside the input. */
export async function runExport(args: CliArgs, io: CliIo): Promise<number> {
  const file = singleFile(args, io);
  if (!file) return EXIT.unreadableOrUsage;
  if (!args.docx) {
    io.err(cliMessages.exportNeedsDocx);
    return EXIT.unreadableOrUsage;
  }
  const read = await readOrExplain(file, io);
  if (!read) return EXIT.unreadableOrUsage;
  const output = args.output ?? `${file.slice(0, file.length - extname(file).length)}.docx`;
  if (!(await writeOutput(output, await writeReportDocx(read.report), args.force, io))) {
    return EXIT.unreadableOrUsage;
  }
  io.out(cliMessages.exported(output));
  // The document is written either way (the office may fix figures in Word), but a wrong table should not go unseen.
  const errors = checkReport(read.report, { readFindings: read.findings }).filter((f) => f.severity === "error");
  if (errors.length > 0) io.err(cliMessages.exportedWithErrors(errors.length, file));
  return EXIT.ok;
}
