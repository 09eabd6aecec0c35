import { formatYearWarning } from "../format-year";
import type { CellRef, Finding, FormatId, ReadHint, Report } from "../model";
import { emptyReport } from "../report";
import { formats } from "../tables/formats";
import {
  detectFormat,
  formatFitsYear,
  formatOfYear,
  periodYear,
  readTitle,
  yearInFileName,
  yearInProse,
} from "./detect";
import type { ExtraRow, ReadProblem } from "./read-problem";
import { proseOf, splitParts } from "./sections";
import { readTable } from "./table-reader";
import { tokenize } from "./tokens";
import { isTraditional, toSimplified } from "./traditional";

export type { ExtraRow, ReadProblem, ReadProblemCode, ReadProblemReason, ReadScope } from "./read-problem";

export type TextReadResult = {
  /** Undefined only when the format or the year cannot be determined, or they cannot go together. */
  report?: Report;
  /** Findings of reading cells (cell.notNumber, cell.unitMissing …) and labels (read.labelVariant, read.formatYear). */
  findings: Finding[];
  /** What could not be read, and why; the cells concerned have no value in the report and are listed in `unread`. */
  problems: ReadProblem[];
  /** Local extra rows (e.g. 其他主动公开文件): kept, not checked. */
  extraRows: ExtraRow[];
  /** Cells of the report's format that could not be read (a partial report); their rules are not checked. */
  unread?: CellRef[];
};

/** The report year: the user's, else the title's, the statistics period's, section 一's, or the file name's. */
function yearOf(text: string, head: readonly string[], overview: readonly string[], hint: ReadHint) {
  return (
    hint.year ??
    readTitle(head).year ??
    periodYear(text) ??
    yearInProse(proseOf(overview)) ??
    yearInFileName(hint.fileName)
  );
}

/**
 * Reads a report copied from a published web page (plain text) into a report: every cell that can be read, with
 * what could not be read and why. The format is the user's, else the one the tables use, else the year's.
 */
export function readReportText(written: string, hint: ReadHint = {}): TextReadResult {
  // A report in traditional characters is read in simplified ones, and says so.
  const traditional = isTraditional(written);
  const text = traditional ? toSimplified(written) : written;
  const read = readSimplified(text, hint);
  if (traditional)
    read.findings.unshift({ ruleId: "read.traditional", severity: "info", code: "read.traditional", cells: [] });
  return read;
}

function readSimplified(text: string, hint: ReadHint): TextReadResult {
  const { head, parts, variants, second } = splitParts(text);
  const year = yearOf(text, head, parts.overview ?? [], hint);
  // Each table's text is cut into tokens once, for finding the format and for reading the table.
  const tokens = new Map(
    (["disclosure", "applications", "appeals"] as const).flatMap((id) => {
      const lines = parts[id];
      return lines ? [[id, tokenize(lines)] as const] : [];
    }),
  );
  const tablesFormat = detectFormat([...tokens.values()]);
  const formatId: FormatId | undefined =
    hint.format ?? tablesFormat ?? (year === undefined ? undefined : formatOfYear(year));
  const problems: ReadProblem[] = [];
  if (formatId === undefined) problems.push({ code: "format.unknown" });
  if (year === undefined) problems.push({ code: "year.unknown" });
  if (formatId === undefined || year === undefined) return { findings: [], problems, extraRows: [] };
  const format = formats[formatId];
  const findings: Finding[] = variants.map(({ written, heading }) => ({
    ruleId: "read.label",
    severity: "info",
    code: "read.labelVariant",
    cells: [],
    quote: written,
    detail: heading,
  }));
  if (!formatFitsYear(format, year)) {
    // Reports of 2021 and later still written in the 2019 tables are read as written, with a warning; a year the
    // tables' format cannot have been used for (2021 tables before 2021, any before 2019) is not read.
    if (year < format.firstYear || formatOfYear(year) === undefined) {
      return {
        findings: [],
        problems: [{ code: "format.unknown", reason: "yearMismatch", format: formatId, year }],
        extraRows: [],
      };
    }
    findings.push(formatYearWarning(formatId, year));
  }

  const report = emptyReport(formatId, year, readTitle(head).body);
  for (const section of format.text) {
    const lines = parts[section.key];
    if (lines) report.text[section.key] = proseOf(lines);
  }
  const result = { report, findings, problems, extraRows: [] as ExtraRow[], unread: [] as CellRef[] };
  for (const table of format.tables) {
    const reading = readTable(formatId, table, tokens.get(table.id));
    report.tables[table.id] = reading.values;
    result.findings.push(...reading.findings);
    result.problems.push(...reading.problems);
    result.extraRows.push(...reading.extraRows);
    result.unread.push(...reading.unread);
  }
  if (second !== undefined) result.problems.push({ code: "report.second", detail: second });
  return result;
}
