import { describeFinding } from "../domain/messages.zh-CN";
import { formats } from "../domain/tables/formats";
import { reviewBatch, type ReviewInput } from "../domain/review/batch";
import { fileLabel } from "../domain/review/body-name";
import type { CheckedFile } from "./check-file";
import { cliMessages } from "./messages.zh-CN";
import { oneLine } from "./terminal-safe";

/** The grouping `check` adds to its summary: what the review's grouping finds beyond each file on its own. */
const GROUPING_CODES = new Set([
  "review.duplicate",
  "review.versionConflict",
  "review.mixedYears",
  "carryOver.mismatch",
]);

export const groupingHeading = "按机关和年度归并：";

/** A checked file as the review takes it: the report and its findings, or the reasons it could not be read. */
export function toReviewInput(result: CheckedFile): ReviewInput {
  if ("errors" in result || !result.report)
    return { file: result.file, unreadable: "errors" in result ? result.errors : [] };
  return {
    file: result.file,
    report: result.report,
    findings: result.findings,
    ...(result.omittedFindings ? { omitted: result.omittedFindings } : {}),
    partial: (result.unread?.length ?? 0) > 0,
  };
}

/**
 * For `check` over several files: duplicates and differing versions of one body's report, a batch of mixed years,
 * and the carry-over ties of each body's consecutive years, one line each; nothing when there is nothing to say.
 */
export function groupingLines(results: readonly CheckedFile[]): { lines: string[]; errors: number } {
  const batch = reviewBatch(results.map(toReviewInput));
  const lines: string[] = [];
  let errors = 0;
  for (const finding of batch.batchFindings) lines.push(describeFinding(formats["2021"], finding));
  for (const entry of batch.entries) {
    for (const { file, format, finding } of entry.findings) {
      if (!GROUPING_CODES.has(finding.code)) continue;
      if (finding.severity === "error") errors += 1;
      const pair =
        finding.code === "carryOver.mismatch" && entry.previous ? `（与 ${fileLabel(entry.previous.file)} 核对）` : "";
      lines.push(
        `${oneLine(file)}：${cliMessages.severity[finding.severity]}：${describeFinding(formats[format ?? "2021"], finding)}${pair}`,
      );
    }
  }
  return { lines: lines.length > 0 ? [groupingHeading, ...lines] : [], errors };
}

/** check's text with the grouping's lines before its last line (the totals stay last). */
export function withGrouping(text: string, lines: readonly string[]): string {
  if (lines.length === 0) return text;
  const totals = text.lastIndexOf("\n");
  return `${text.slice(0, totals + 1)}${lines.join("\n")}\n\n${text.slice(totals + 1)}`;
}
