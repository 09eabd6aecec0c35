import { readReportText, type ReadHint, type TextReadResult } from "../../domain";
import { pageText } from "./page-text";

/**
 * Reads a report saved from its web page (.html): the page is turned into the text a person would copy from it
 * (tables cell by cell, in row order) and read by the published-text reader, so both read the same way.
 */
export function readReportHtml(html: string, hint: ReadHint = {}): TextReadResult {
  return readReportText(pageText(html), hint);
}
