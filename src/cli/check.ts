import { EXIT, type CliIo } from "./io";
import type { CliArgs } from "./options";
import type { CheckedFile } from "./check-file";
import { checkFiles } from "./check-files";
import { findReportFiles } from "./find-report-files";
import { formatCheckText } from "./format-check-text";
import { cliMessages } from "./messages.zh-CN";
import { previousRefusal, readPrevious } from "./previous";
import { groupingLines, withGrouping } from "./review-summary";
import { startProgress } from "./progress";
import { hintOf } from "./single-file";
import { oneLine } from "./terminal-safe";

export type { CheckedFile } from "./check-file";

// The main thread only finds the files, starts the workers and prints what they send back: what it imports of the
// domain it takes module by module (format-check-text, previous, review-summary), not through the domain's index,
// which would load the text reader, its label tables and opencc-js's dictionaries before a worker could start.

/**
 * `nianbao check`: every rule on every file (folders searched with their subfolders), each file on its own, so
 * nothing in one file stops the others. A person sees each finding, then a table of the files, then the totals; on
 * a terminal a progress line shows while the files are read.
 */
export async function runCheck(args: CliArgs, io: CliIo): Promise<number> {
  if (args.files.length === 0) {
    io.err(`${cliMessages.noFiles}\n\n${cliMessages.usage}`);
    return EXIT.unreadableOrUsage;
  }
  const previous = await readPrevious(args.previous, io);
  if (previous === null) return EXIT.unreadableOrUsage;
  const { files, skipped } = await findReportFiles(args.files);
  for (const { path, reason } of skipped) io.err(cliMessages.skipped(oneLine(path), reason));
  const progress = startProgress(io, files.length);
  // Several files are also grouped by body and year as `review` groups them: the reports come back for that.
  const grouped = !args.json && files.length > 1;
  const settings = { previous, otherBody: args.otherBody, hint: hintOf(args), keepReport: grouped };
  const results = await checkFiles(files, settings, (finished, file) => progress.show(finished, file));
  progress.clear();
  const grouping = grouped ? groupingLines(results) : { lines: [], errors: 0 };
  if (args.json) printJson(results, io);
  else io.out(withGrouping(formatCheckText(results), grouping.lines));
  if (results.some((r) => "errors" in r)) return EXIT.unreadableOrUsage;
  // Another body's report as last year's is refused as template and narrate refuse it; the file's note says so.
  const refusedOtherBody =
    previous !== undefined &&
    results.some((r) => "body" in r && previousRefusal(previous, r, args.otherBody)?.reason === "otherBody");
  if (refusedOtherBody) return EXIT.unreadableOrUsage;
  const anyError = results.some((r) => "findings" in r && r.findings.some((f) => f.severity === "error"));
  return anyError || grouping.errors > 0 ? EXIT.findingsWithErrors : EXIT.ok;
}

/** The results as one JSON array, written a file at a time so that no single string holds them all. */
function printJson(results: readonly CheckedFile[], io: CliIo): void {
  if (results.length === 0) {
    io.out("[]");
    return;
  }
  results.forEach((result, index) => {
    const entry = JSON.stringify(result, null, 2).replace(/^/gm, "  ");
    io.out(`${index === 0 ? "[\n" : ""}${entry}${index === results.length - 1 ? "\n]" : ","}`);
  });
}
