import { parseReportContent, type ParsedReport } from "../files/parse-report-content";
import { strings } from "./strings.zh-CN";

/** Reads a last-year report the user picked in the pane: report JSON, or text copied from the published page. */
export async function readPreviousFile(file: File): Promise<ParsedReport> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    // The browser could not read it (moved, deleted or locked since it was picked).
    return { ok: false, errors: [strings.previousFileUnreadable] };
  }
  return parseReportContent(file.name, text);
}
