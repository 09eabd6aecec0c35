import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { readReportText, type CellRef, type Finding, type ReadHint, type Report } from "../domain";
import { decodeHtml } from "./html/decode-html";
import { readReportHtml } from "./html/read-report-html";
import { fileMessages } from "./messages.zh-CN";
import { fromTextReading, parseJsonReport, type ParsedReport } from "./parse-report-content";
import { readXlsxReport } from "./xlsx/read-xlsx-report";

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
    }
  | { ok: false; file: string; errors: string[] };

/** The file types nianbao reads, by extension (the switch below has one reader for each). */
export const READABLE_EXTENSIONS = [".txt", ".json", ".xlsx", ".html", ".htm"] as const;
type ReadableExtension = (typeof READABLE_EXTENSIONS)[number];

/** Reads a report from a file, choosing the reader by the file's extension; never throws for a bad file. */
export async function readReportFile(file: string, hint: ReadHint = {}): Promise<ReportFile> {
  const textHint: ReadHint = { ...hint, fileName: hint.fileName ?? file };
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { ok: false, file, errors: [fileMessages.cannotOpen((error as NodeJS.ErrnoException).code)] };
  }
  switch (extname(file).toLowerCase() as ReadableExtension) {
    case ".json":
      return withFile(file, parseJsonReport(bytes.toString("utf8")));
    case ".txt":
      return withFile(file, fromTextReading(readReportText(bytes.toString("utf8"), textHint)));
    case ".html":
    case ".htm":
      return withFile(file, fromTextReading(readReportHtml(decodeHtml(bytes), textHint)));
    case ".xlsx":
      return readXlsxReport(file, bytes);
    default:
      return { ok: false, file, errors: [fileMessages.unknownType(extname(file))] };
  }
}

/** A path-free reading, with the file it came from. */
const withFile = (file: string, parsed: ParsedReport): ReportFile => ({ ...parsed, file });
