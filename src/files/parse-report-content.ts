import {
  describeReadProblem,
  parseReportJson,
  readReportText,
  type Finding,
  type Report,
  type TextReadResult,
} from "../domain";
import { describeJsonSyntaxError } from "./json/json-error-place";

/** A report read from text content, or why it cannot be read; no I/O, so the pane uses it as the CLI does. */
export type ParsedReport = { ok: true; report: Report; findings: Finding[] } | { ok: false; errors: string[] };

/** Reads report JSON text (`nianbao.report/1`). */
export function parseJsonReport(content: string): ParsedReport {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch {
    // JSON.parse says where only now and then, in English: the line and column are found again.
    return { ok: false, errors: [describeJsonSyntaxError(content)] };
  }
  const parsed = parseReportJson(data);
  return parsed.ok ? { ok: true, report: parsed.report, findings: [] } : { ok: false, errors: parsed.errors };
}

/** A reading of published text (copied or from a saved page): unreadable when a table or the format is not read. */
export function fromTextReading(read: TextReadResult): ParsedReport {
  if (!read.report || read.problems.length > 0) return { ok: false, errors: read.problems.map(describeReadProblem) };
  return { ok: true, report: read.report, findings: read.findings };
}

/** Reads a report from the text of a .json or a .txt file, chosen by the file's name. */
export function parseReportContent(fileName: string, content: string): ParsedReport {
  return /\.json$/i.test(fileName) ? parseJsonReport(content) : fromTextReading(readReportText(content));
}
