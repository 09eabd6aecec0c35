import { parseReportContent, type ParsedReport } from "../files/parse-report-content";

/** Reads a last-year report the user picked in the pane: report JSON, or text copied from the published page. */
export async function readPreviousFile(file: File): Promise<ParsedReport> {
  return parseReportContent(file.name, await file.text());
}
