import { type CellRef, type Dismissal, type Finding, type ReadHint, type Report } from "../domain";
import type { ParsedReport } from "./text-reading";
import { readFileBounded } from "./read-bounded";

export type ReportFile =
  | {
      ok: true;
      file: string;
      report: Report;
      findings: Finding[];
      /** What a person should know about how the file was read (e.g. only the first of several reports). */
      notes?: string[];
      /** Cells that could not be read (a partial report): the CLI reports their rules as not checked. */
      unread?: CellRef[];
      /** Warnings set aside, with their reasons (report JSON's `dismissed` list). */
      dismissals?: Dismissal[];
    }
  | { ok: false; file: string; errors: string[] };

/** The file types nianbao reads, by extension: one list, kept beside the size limits in file-kinds.ts. */
export { READABLE_EXTENSIONS } from "./file-kinds";

/**
 * Reads a report from a file, choosing the reader by the file's extension; never throws for a bad file. Only a
 * regular file within its kind's size limit is read (read-bounded.ts: a device or a pipe could block or never end).
 */
export async function readReportFile(file: string, hint: ReadHint = {}): Promise<ReportFile> {
  const textHint: ReadHint = { ...hint, fileName: hint.fileName ?? file };
  const read = await readFileBounded(file);
  if (!read.ok) return { ok: false, file, errors: [read.error] };
  const { ext, bytes } = read;
  // Each kind's reader loads only when such a file is read (formula engine, XML parser, pdfjs; parse5 and zod for
  // the text kinds), so that a worker checking a folder of PDFs loads neither parse5 nor zod.
  switch (ext) {
    case ".xlsx":
      return (await import("./xlsx/read-xlsx-report")).readXlsxReport(file, bytes);
    case ".docx":
      return withFile(file, (await import("./docx/read-docx")).readDocxReport(bytes, textHint));
    case ".pdf": {
      const [{ readPdfContent }, { readPdfReport }] = await Promise.all([
        import("./pdf/read-pdf-content"),
        import("./pdf/read-pdf"),
      ]);
      return withFile(file, readPdfReport(await readPdfContent(bytes), textHint));
    }
    case ".txt":
    case ".html":
    case ".htm":
    case ".json":
      return withFile(file, (await import("./read-text-kinds")).readTextKind(ext, bytes, textHint));
  }
}

/** A path-free reading, with the file it came from. */
const withFile = (file: string, parsed: ParsedReport): ReportFile => ({ ...parsed, file });
