import {
  checkReport,
  describeFinding,
  formats,
  knownSums,
  notCheckedRules,
  type CellRef,
  type Finding,
  type NotChecked,
  type ReadHint,
  type Report,
  type Severity,
} from "../domain";
import { checkQuality } from "../domain/review/quality";
import { readReportFile } from "../files/read-report-file";
import { describeBug } from "./describe-bug";
import { cliMessages } from "./messages.zh-CN";
import { boundedLines, cutText, FINDINGS_PER_FILE, firstOf } from "./output-limits";
import { previousRefusal } from "./previous";

export type CheckedFinding = Finding & { message: string };

export type CheckedFile =
  | {
      file: string;
      format: string;
      year: number;
      body: string;
      findings: CheckedFinding[];
      /** Findings past the bound (output-limits), counted only, by severity. */
      omittedFindings?: Record<Severity, number>;
      /** How the file was read, when a person should know (e.g. only the first of several reports in a workbook). */
      notes?: string[];
      /** A partial report: the cells not read, and the rules not checked for that reason. */
      unread?: CellRef[];
      notChecked?: NotChecked[];
      /** The report read, when the run asked for it (review groups and pairs the reports). */
      report?: Report;
    }
  | { file: string; errors: string[] };

/** What every file of a run is checked with. */
export type CheckSettings = {
  previous?: Report;
  /** --other-body: compare with `previous` though it names another body. */
  otherBody?: boolean;
  hint: ReadHint;
  keepReport?: boolean;
};

/**
 * Reads and checks one file on its own: whatever goes wrong inside it, a bug included, becomes this file's
 * `{ file, errors }`, so the run goes on with the others. Never throws.
 */
export async function checkOneFile(file: string, settings: CheckSettings): Promise<CheckedFile> {
  try {
    return await checkFile(file, settings);
  } catch (error) {
    return { file, errors: [cliMessages.internalErrorInFile(describeBug(error))] };
  }
}

async function checkFile(
  file: string,
  { previous, otherBody = false, hint, keepReport }: CheckSettings,
): Promise<CheckedFile> {
  // Only a regular file (or a link to one) is read, as checked on what was opened (read-bounded.ts).
  const read = await readReportFile(file, hint);
  if (!read.ok) return { file, errors: boundedLines(read.errors) };
  const { report } = read;
  const format = formats[report.format];
  const notes = [...(read.notes ?? [])];
  // Last year's report of another year or (without consent) another body is not compared with, and the note says why;
  // another body's also makes the run end with exit code 2, as template and narrate refuse it (check.ts).
  const refusal = previous && previousRefusal(previous, report, otherBody);
  if (refusal)
    notes.push(
      refusal.reason === "year"
        ? cliMessages.carryOverNotChecked(refusal.message)
        : cliMessages.previousOtherBody(refusal.message, "check"),
    );
  const unread = read.unread ?? [];
  const lastYear = refusal ? undefined : previous;
  const dismissals = read.dismissals ?? [];
  // The quality checks (review/quality) run when last year's report is at hand, as the reviewing office runs them.
  const quality = lastYear !== undefined ? checkQuality : undefined;
  const all = checkReport(report, { previous: lastYear, readFindings: read.findings, unread, dismissals, quality });
  const { kept, omitted } = firstOf(all, FINDINGS_PER_FILE);
  const findings = kept.map((finding) => ({
    ...finding,
    ...(finding.quote === undefined ? {} : { quote: cutText(finding.quote) }),
    message: cutText(describeFinding(format, finding)),
  }));
  const partial =
    unread.length > 0
      ? {
          unread,
          notChecked: notCheckedRules(report, unread, { previous: lastYear, sums: knownSums(read.findings) }),
        }
      : {};
  return {
    file,
    format: report.format,
    year: report.year,
    body: report.body,
    findings,
    ...(omitted > 0 ? { omittedFindings: countBySeverity(all.slice(FINDINGS_PER_FILE)) } : {}),
    ...(notes.length > 0 ? { notes: boundedLines(notes) } : {}),
    ...partial,
    ...(keepReport ? { report } : {}),
  };
}

function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
