import type { Finding, FormatId, Report, Severity } from "../model";
import { bodyFromFileName, bodyKey, fileLabel } from "./body-name";
import { crossYearFindings, tiesOf, type Tie } from "./cross-year";
import { checkQuality } from "./quality";

// A reviewing office's folder: reports grouped by body and year, duplicates named, each body's consecutive years
// paired for every cross-year rule, and a warning when the batch mixes years.

/** One file as the checks left it: read (with its findings), or not readable at all. */
export type ReviewInput =
  | {
      file: string;
      report: Report;
      findings: readonly Finding[];
      /** Findings past the per-file bound, counted only. */
      omitted?: Record<Severity, number>;
      /** A partial report: some cells were not read. */
      partial: boolean;
    }
  | { file: string; unreadable: readonly string[] };

export type ReadInput = Extract<ReviewInput, { report: Report }>;

/** A finding and the file it is about ("" for the batch as a whole). */
export type FileFinding = { file: string; format?: FormatId; finding: Finding };

/** One body's report of one year: the files that hold it, the one counted, and every finding about them. */
export type ReviewEntry = {
  key: string;
  body: string;
  year: number;
  files: string[];
  kept: ReadInput;
  findings: FileFinding[];
  /** Last year's report of the same body, when the batch has it. */
  previous?: ReadInput;
  ties: Tie[];
};

export type BatchReview = {
  entries: ReviewEntry[];
  unreadable: { file: string; reasons: readonly string[] }[];
  /** Findings about the batch as a whole (it mixes years). */
  batchFindings: Finding[];
};

const fingerprint = ({ report }: ReadInput): string =>
  JSON.stringify([
    report.format,
    Object.entries(report.tables).map(([table, values]) => [table, Object.entries(values).sort()]),
  ]);

/** Groups, pairs and checks a batch; `inputs` in the order files were found (name order). */
export function reviewBatch(inputs: readonly ReviewInput[]): BatchReview {
  const unreadable: BatchReview["unreadable"] = [];
  const groups = new Map<string, ReadInput[]>();
  for (const input of inputs) {
    if ("unreadable" in input) {
      unreadable.push({ file: input.file, reasons: input.unreadable });
      continue;
    }
    // A report that names no body is named by its file (教育局2024.docx and 教育局2024.pdf are then one body).
    const body = input.report.body.trim() || bodyFromFileName(input.file);
    const key = `${body ? bodyKey(body) : `\u0001${input.file}`}\u0000${input.report.year}`;
    const shown = body || fileLabel(input.file);
    groups.set(key, [...(groups.get(key) ?? []), shown === input.report.body ? input : withBody(input, shown)]);
  }
  const entries = [...groups.entries()].map(([key, files]) => entryOf(key.split("\u0000")[0] ?? "", files));
  pairYears(entries);
  return { entries, unreadable, batchFindings: mixedYears(entries) };
}

const withBody = (input: ReadInput, body: string): ReadInput => ({ ...input, report: { ...input.report, body } });

function entryOf(key: string, files: ReadInput[]): ReviewEntry {
  // A complete reading is counted before a partial one; otherwise the first found.
  const kept = files.find((f) => !f.partial) ?? files[0]!;
  const findings: FileFinding[] = kept.findings.map((finding) => ({
    file: kept.file,
    format: kept.report.format,
    finding,
  }));
  for (const other of files) {
    if (other === kept) continue;
    const same = fingerprint(other) === fingerprint(kept);
    const finding: Finding = same
      ? {
          ruleId: "review.duplicate",
          severity: "info",
          code: "review.duplicate",
          cells: [],
          others: [fileLabel(kept.file)],
        }
      : {
          ruleId: "review.versionConflict",
          severity: "error",
          code: "review.versionConflict",
          cells: [],
          others: [fileLabel(kept.file), fileLabel(other.file)],
        };
    findings.push({ file: other.file, format: other.report.format, finding });
  }
  return {
    key,
    body: kept.report.body,
    year: kept.report.year,
    files: files.map((f) => f.file),
    kept,
    findings,
    ties: [],
  };
}

/** Each entry with last year's entry of its body: the cross-year rules and quality checks against it. */
function pairYears(entries: ReviewEntry[]): void {
  const byKeyYear = new Map(entries.map((e) => [`${e.key}\u0000${e.year}`, e]));
  for (const entry of entries) {
    const previous = byKeyYear.get(`${entry.key}\u0000${entry.year - 1}`)?.kept;
    const report = entry.kept.report;
    const own = (finding: Finding): FileFinding => ({ file: entry.kept.file, format: report.format, finding });
    if (previous) {
      entry.previous = previous;
      entry.ties = tiesOf(report, previous.report);
      entry.findings.push(...crossYearFindings(report, previous.report).map(own));
    }
    entry.findings.push(...checkQuality(report, previous?.report, entry.kept.findings).map(own));
  }
}

/** review.mixedYears: the years of the batch and how many bodies each, when there is more than one. */
function mixedYears(entries: readonly ReviewEntry[]): Finding[] {
  const counts = new Map<number, number>();
  for (const entry of entries) counts.set(entry.year, (counts.get(entry.year) ?? 0) + 1);
  if (counts.size < 2) return [];
  const years = [...counts.entries()].sort(([a], [b]) => a - b);
  return [
    {
      ruleId: "review.mixedYears",
      severity: "warning",
      code: "review.mixedYears",
      cells: [],
      quote: years.map(([year, count]) => `${year} 年度 ${count} 份`).join("、"),
    },
  ];
}
