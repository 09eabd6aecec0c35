import { readReportText, type ReadHint } from "../domain";
import { decodeHtmlReporting } from "./html/decode-html";
import { readReportHtml } from "./html/read-report-html";
import { fileMessages } from "./messages.zh-CN";
import { parseJsonReport } from "./parse-report-content";
import { fromTextReading, type ParsedReport } from "./text-reading";
import { decodeText, decodeTextReporting, type Decoding } from "./text/text-encoding";

// The readers of the kinds of file that are text: pure and light, so the CLI and the pane (without lazy loading)
// read .txt, .html and .json the same way, in any of the encodings Chinese tools save.

/**
 * Most tags a page may have: a report's page has a few thousand, one exported from Word some tens of thousands.
 * Far more is not a report, and parsing it would take the machine for minutes.
 */
const MAX_TAGS = 300_000;

/** How many tags a page has, at most (every “<”), counted in one pass. */
function tagCount(html: string): number {
  let count = 0;
  for (let at = html.indexOf("<"); at !== -1 && count <= MAX_TAGS; at = html.indexOf("<", at + 1)) count++;
  return count;
}

/** The kinds of file that are text. */
export type TextKind = ".txt" | ".html" | ".htm" | ".json";

/** Reads a report from the bytes of a .txt, .html/.htm or .json file. */
export function readTextKind(ext: TextKind, bytes: Uint8Array, hint: ReadHint): ParsedReport {
  switch (ext) {
    case ".json":
      return parseJsonReport(decodeText(bytes));
    case ".txt": {
      const decoded = decodeTextReporting(bytes);
      return withDecodingNotes(fromTextReading(readReportText(decoded.text, hint)), decoded);
    }
    case ".html":
    case ".htm": {
      const decoded = decodeHtmlReporting(bytes);
      if (tagCount(decoded.text) > MAX_TAGS) return { ok: false, errors: [fileMessages.htmlTooComplex(MAX_TAGS)] };
      return withDecodingNotes(fromTextReading(readReportHtml(decoded.text, hint)), decoded);
    }
  }
}

/** A reading with a note where the file mixed encodings or held bytes that are no character. */
function withDecodingNotes(parsed: ParsedReport, decoded: Decoding): ParsedReport {
  if (!parsed.ok) return parsed;
  const notes = [
    ...(decoded.mixedLines > 0 ? [fileMessages.mixedEncodings(decoded.mixedLines)] : []),
    ...(decoded.lostCharacters > 0 ? [fileMessages.badBytes(decoded.lostCharacters)] : []),
  ];
  return notes.length === 0 ? parsed : { ...parsed, notes: [...(parsed.notes ?? []), ...notes] };
}
