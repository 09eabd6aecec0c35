import type { CellRef, Finding, ReadHint, Report } from "../model";
import { emptyReport } from "../report";
import { formats } from "../tables/formats";
import { detectFormat, formatFitsYear, formatOfYear, readTitle, yearInProse } from "./detect";
import type { ExtraRow, ReadProblem } from "./read-problem";
import { proseOf, splitParts } from "./sections";
import { readTable } from "./table-reader";

export type { ExtraRow, ReadProblem, ReadProblemCode, ReadProblemReason } from "./read-problem";

export type TextReadResult = {
  /** Undefined only when the format or the year cannot be determined. */
  report?: Report;
  /** Findings of reading cells (cell.notNumber, cell.unitMissing …). */
  findings: Finding[];
  /** What could not be read; a table with a problem has no values in the report. */
  problems: ReadProblem[];
  /** Local extra rows (e.g. 其他主动公开文件): kept, not checked. */
  extraRows: ExtraRow[];
  /** Cells of the report's format that could not be read (a partial report); their rules are not checked. */
  unread?: CellRef[];
};

/** Reads a report copied from a published web page (plain text) into a report, with what could not be read. */
export function readReportText(text: string, hint: ReadHint = {}): TextReadResult {
  const { head, parts } = splitParts(text);
  const title = readTitle(head);
  const year = hint.year ?? title.year ?? yearInProse(proseOf(parts.overview ?? []));
  const formatId = hint.format ?? detectFormat(parts) ?? (year === undefined ? undefined : formatOfYear(year));
  const problems: ReadProblem[] = [];
  if (formatId === undefined) problems.push({ code: "format.unknown" });
  if (year === undefined) problems.push({ code: "year.unknown" });
  if (formatId === undefined || year === undefined) return { findings: [], problems, extraRows: [] };
  const format = formats[formatId];
  if (!formatFitsYear(format, year)) {
    return {
      findings: [],
      problems: [{ code: "format.unknown", reason: "yearMismatch", format: formatId, year }],
      extraRows: [],
    };
  }

  const report = emptyReport(formatId, year, title.body);
  for (const section of format.text) {
    const lines = parts[section.key];
    if (lines) report.text[section.key] = proseOf(lines);
  }
  const result: TextReadResult = { report, findings: [], problems: [], extraRows: [] };
  for (const table of format.tables) {
    const reading = readTable(
      table,
      parts[table.id],
      format.tables.filter((other) => other !== table),
    );
    report.tables[table.id] = reading.values;
    result.findings.push(...reading.findings);
    result.problems.push(...reading.problems);
    result.extraRows.push(...reading.extraRows);
  }
  return result;
}
