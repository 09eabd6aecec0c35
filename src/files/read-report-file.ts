import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import {
  describeReadProblem,
  parseReportJson,
  readReportText,
  type Finding,
  type Report,
  type TextReadResult,
} from "../domain";
import { decodeHtml } from "./html/decode-html";
import { readReportHtml } from "./html/read-report-html";
import { fileMessages } from "./messages.zh-CN";
import { readXlsxReport } from "./xlsx/read-xlsx-report";

export type ReportFile =
  | {
      ok: true;
      file: string;
      report: Report;
      findings: Finding[];
      /** What a person should know about how the file was read (e.g. only the first of several reports). */
      notes?: string[];
    }
  | { ok: false; file: string; errors: string[] };

/** Reads a report from a file, choosing the reader by the file's extension; never throws for a bad file. */
export async function readReportFile(file: string): Promise<ReportFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { ok: false, file, errors: [fileMessages.cannotOpen((error as NodeJS.ErrnoException).code)] };
  }
  const content = bytes.toString("utf8");
  switch (extname(file).toLowerCase()) {
    case ".json":
      return readJson(file, content);
    case ".txt":
      return readText(file, content);
    case ".html":
    case ".htm":
      return fromTextReading(file, readReportHtml(decodeHtml(bytes)));
    case ".xlsx":
      return readXlsxReport(file, bytes);
    default:
      return { ok: false, file, errors: [fileMessages.unknownType(extname(file))] };
  }
}

function readJson(file: string, content: string): ReportFile {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    return { ok: false, file, errors: [fileMessages.badJson((error as Error).message)] };
  }
  const parsed = parseReportJson(data);
  return parsed.ok
    ? { ok: true, file, report: parsed.report, findings: [] }
    : { ok: false, file, errors: parsed.errors };
}

function readText(file: string, content: string): ReportFile {
  return fromTextReading(file, readReportText(content));
}

/** A reading of published text (copied or from a saved page): unreadable when a table or the format is not read. */
function fromTextReading(file: string, read: TextReadResult): ReportFile {
  if (!read.report || read.problems.length > 0) {
    return { ok: false, file, errors: read.problems.map(describeReadProblem) };
  }
  return { ok: true, file, report: read.report, findings: read.findings };
}
