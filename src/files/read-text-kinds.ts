import { readReportText, type ReadHint } from "../domain";
import { decodeHtml } from "./html/decode-html";
import { readReportHtml } from "./html/read-report-html";
import { fromTextReading, parseJsonReport, type ParsedReport } from "./parse-report-content";
import { decodeText } from "./text/text-encoding";

// The readers of the kinds of file that are text: pure and light, so the CLI and the pane (without lazy loading)
// read .txt, .html and .json the same way, in any of the encodings Chinese tools save.

/** The kinds of file that are text. */
export type TextKind = ".txt" | ".html" | ".htm" | ".json";

/** Reads a report from the bytes of a .txt, .html/.htm or .json file. */
export function readTextKind(ext: TextKind, bytes: Uint8Array, hint: ReadHint): ParsedReport {
  switch (ext) {
    case ".json":
      return parseJsonReport(decodeText(bytes));
    case ".txt":
      return fromTextReading(readReportText(decodeText(bytes), hint));
    case ".html":
    case ".htm":
      return fromTextReading(readReportHtml(decodeHtml(bytes), hint));
  }
}
