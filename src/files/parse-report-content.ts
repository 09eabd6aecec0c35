import { readReportText } from "../domain";
import { parseReportJson } from "../domain/report-json";
import { describeJsonSyntaxError } from "./json/json-error-place";
import { fromTextReading, type ParsedReport } from "./text-reading";

// Report JSON (read with zod) and the text readers' results, by file name. The PDF and Word readers use
// text-reading.ts alone, so a folder of PDFs is checked without loading zod.

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
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  return {
    ok: true,
    report: parsed.report,
    findings: parsed.findings,
    ...(parsed.unread ? { unread: parsed.unread } : {}),
    ...(parsed.dismissals.length > 0 ? { dismissals: parsed.dismissals } : {}),
  };
}

/** Reads a report from the text of a .json or a .txt file, chosen by the file's name. */
export function parseReportContent(fileName: string, content: string): ParsedReport {
  return /\.json$/i.test(fileName) ? parseJsonReport(content) : fromTextReading(readReportText(content));
}
