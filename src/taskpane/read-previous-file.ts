import { inPaneWords } from "../domain";
import { kindOf } from "../files/file-kinds";
import { fileMessages } from "../files/messages.zh-CN";
import type { ParsedReport } from "../files/text-reading";
import { readTextKind } from "../files/read-text-kinds";
import { strings } from "./strings.zh-CN";

/**
 * Reads a last-year report the user picked in the pane, as the CLI reads the same file: report JSON, copied text or a
 * saved page, in any encoding. Files too large for their kind are refused before they are read. What could not be
 * read is said in the pane's words (no command-line options).
 */
export async function readPreviousFile(file: File): Promise<ParsedReport> {
  const read = await readFile(file);
  if (!read.ok) return { ok: false, errors: read.errors.map(inPaneWords) };
  return read.notes ? { ...read, notes: read.notes.map(inPaneWords) } : read;
}

async function readFile(file: File): Promise<ParsedReport> {
  const kind = kindOf(file.name, file.size);
  if (!kind.ok) return { ok: false, errors: [kind.error] };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    // The browser could not read it (moved, deleted or locked since it was picked).
    return { ok: false, errors: [strings.previousFileUnreadable] };
  }
  const hint = { fileName: file.name };
  switch (kind.ext) {
    case ".txt":
    case ".html":
    case ".htm":
    case ".json":
      return readTextKind(kind.ext, bytes, hint);
    case ".docx": {
      // The Word reader (zip, XML) loads only when a .docx is picked: it stays out of the pane's first download.
      const { readDocxReport } = await import(/* webpackChunkName: "read-docx" */ "../files/docx/read-docx");
      return readDocxReport(bytes, hint);
    }
    case ".xlsx":
      return { ok: false, errors: [fileMessages.xlsxNotInPane] };
    case ".pdf": {
      // pdfjs (and its parsing worker) load only when a PDF is picked: far too large for the pane's first download.
      const [{ readPdfContent }, { readPdfReport }] = await Promise.all([
        import(/* webpackChunkName: "read-pdf" */ "../files/pdf/read-pdf-content.browser"),
        import(/* webpackChunkName: "read-pdf" */ "../files/pdf/read-pdf"),
      ]);
      return readPdfReport(await readPdfContent(bytes), hint);
    }
  }
}
