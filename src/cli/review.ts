import { existsSync } from "node:fs";
import { reviewBatch } from "../domain/review/batch";
import { extensionOf } from "../files/file-kinds";
import { compareHierarchy } from "../domain/review/hierarchy";
import { reviewSheets, statusCounts } from "../domain/review/sheets";
import { checkFiles } from "./check-files";
import { findReportFiles } from "./find-report-files";
import { EXIT, type CliIo } from "./io";
import { cliMessages } from "./messages.zh-CN";
import type { CliArgs } from "./options";
import { startProgress } from "./progress";
import { hierarchyFromFolders, readHierarchy } from "./review-hierarchy";
import { reviewMessages } from "./review-messages.zh-CN";
import { toReviewInput } from "./review-summary";
import { hintOf } from "./single-file";
import { oneLine } from "./terminal-safe";
import { writeOutput } from "./write-output";

const WORKBOOK = ".xlsx";

/** Past this many files, a run without a terminal still says how far it has gone, ten times. */
const LONG_RUN = 100;

/**
 * `nianbao review`: a reviewing office's folders in, one results workbook out (汇总, 问题清单, 跨年度, 层级). Reports are
 * read on all cores as `check` reads them; the workbook is written once, at the end, never over a file without --force.
 */
export async function runReview(args: CliArgs, io: CliIo): Promise<number> {
  if (args.files.length === 0) {
    io.err(`${cliMessages.noFiles}\n\n${cliMessages.usage}`);
    return EXIT.unreadableOrUsage;
  }
  const output = args.output ?? reviewMessages.defaultOutput;
  // Said before a long read, not after it: the workbook could not be written anyway.
  if (extensionOf(output) !== WORKBOOK) {
    io.err(cliMessages.outputWrongExtension(oneLine(output), WORKBOOK));
    return EXIT.unreadableOrUsage;
  }
  if (!args.force && existsSync(output)) {
    io.err(cliMessages.wouldOverwrite(oneLine(output)));
    return EXIT.unreadableOrUsage;
  }
  const given = args.hierarchy === undefined ? undefined : await readHierarchy(args.hierarchy, io);
  if (given === null) return EXIT.unreadableOrUsage;
  const { files, skipped } = await findReportFiles(args.files);
  for (const { path, reason } of skipped) io.err(cliMessages.skipped(oneLine(path), reason));
  const results = await checkFiles(files, { hint: hintOf(args), keepReport: true }, progressOf(io, files.length));
  const inputs = results.map(toReviewInput);
  const batch = reviewBatch(inputs);
  const read = inputs.flatMap((input) => ("report" in input ? [input] : []));
  const links = given ?? hierarchyFromFolders(read);
  if (!given && links.length > 0) io.err(reviewMessages.hierarchyFromFolders(links.length));
  const hierarchy = links.length > 0 ? compareHierarchy(batch.entries, links) : undefined;
  const { writeReviewWorkbook } = await import("../files/xlsx/write-review");
  const bytes = await writeReviewWorkbook(reviewSheets(batch, hierarchy));
  const written = await writeOutput(output, bytes, args.force, io, { inputs: files, extension: WORKBOOK });
  if (!written) return EXIT.unreadableOrUsage;
  const counts = statusCounts(batch);
  io.out(reviewMessages.summary(files.length, batch.entries.length, counts));
  io.out(reviewMessages.written(oneLine(output)));
  if (counts.unreadable > 0) return EXIT.unreadableOrUsage;
  return counts.errors > 0 ? EXIT.findingsWithErrors : EXIT.ok;
}

/** The progress line on a terminal; without one, a line every tenth of a long run. */
function progressOf(io: CliIo, total: number): (finished: number, file: string) => void {
  const progress = startProgress(io, total);
  const step = Math.ceil(total / 10);
  return (finished, file) => {
    progress.show(finished, file);
    if (finished === total) progress.clear();
    if (!io.isTTY && total >= LONG_RUN && (finished % step === 0 || finished === total))
      io.err(reviewMessages.read(finished, total));
  };
}
