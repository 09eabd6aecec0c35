import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { describeReadProblem, parseReportJson, readReportText, type Finding, type Report } from "../domain";
import { fileMessages } from "./messages.zh-CN";

export type ReportFile =
  { ok: true; file: string; report: Report; findings: Finding[] } | { ok: false; file: string; errors: string[] };

/** Reads a report from a file, choosing the reader by the file's extension; never throws for a bad file. */
export async function readReportFile(file: string): Promise<ReportFile> {
  let content: string;
  try {
    content = await readFile(file, "utf8");
  } catch (error) {
    return { ok: false, file, errors: [fileMessages.cannotOpen((error as NodeJS.ErrnoException).code)] };
  }
  switch (extname(file).toLowerCase()) {
    case ".json":
      return readJson(file, content);
    case ".txt":
      return readText(file, content);
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
  const read = readReportText(content);
  if (!read.report || read.problems.length > 0) {
    return { ok: false, file, errors: read.problems.map(describeReadProblem) };
  }
  return { ok: true, file, report: read.report, findings: read.findings };
}
