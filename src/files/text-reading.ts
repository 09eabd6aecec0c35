import {
  cellsOfTable,
  describeReadProblems,
  formats,
  type CellRef,
  type Dismissal,
  type Finding,
  type Report,
  type TextReadResult,
} from "../domain";

// What every reader of published text gives: a report read as far as it goes, or why it could not be read.

/** A report read from text content, or why it cannot be read; no I/O, so the pane uses it as the CLI does. */
export type ParsedReport =
  | {
      ok: true;
      report: Report;
      findings: Finding[];
      /** Cells of a partial report that could not be read: their rules are not checked. */
      unread?: CellRef[];
      /** What was not read and why, one sentence each. */
      notes?: string[];
      /** Warnings set aside, from report JSON's `dismissed` list (with their reasons). */
      dismissals?: Dismissal[];
    }
  | { ok: false; errors: string[] };

/**
 * A reading of published text (copied or from a saved page): a partial report is read as far as it goes, with the
 * cells not read and why; unreadable only when the format or year is unknown or no cell at all could be read.
 */
export function fromTextReading(read: TextReadResult): ParsedReport {
  const sentences = describeReadProblems(read.problems);
  const unread = read.unread ?? [];
  const cellCount = read.report ? formats[read.report.format].tables.flatMap(cellsOfTable).length : 0;
  if (!read.report || unread.length >= cellCount) return { ok: false, errors: sentences };
  const partial = {
    ...(unread.length > 0 ? { unread } : {}),
    ...(sentences.length > 0 ? { notes: sentences } : {}),
  };
  return { ok: true, report: read.report, findings: read.findings, ...partial };
}
