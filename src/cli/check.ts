import { checkReport, describeFinding, formats, type Finding, type Report } from "../domain";
import { readReportFile } from "../files/read-report-file";
import { EXIT, type CliIo } from "./io";
import type { CliArgs } from "./main";
import { cliMessages } from "./messages.zh-CN";
import { findReportFiles } from "./find-report-files";
import { readPrevious } from "./previous";
import { startProgress } from "./progress";
import { summaryTable } from "./summary-table";

export type CheckedFile =
  | {
      file: string;
      format: string;
      year: number;
      body: string;
      findings: (Finding & { message: string })[];
      /** How the file was read, when a person should know (e.g. only the first of several reports in a workbook). */
      notes?: string[];
    }
  | { file: string; errors: string[] };

/**
 * `nianbao check`: every rule on every file (folders searched with their subfolders); one unreadable file never
 * stops the others. A person sees each finding, then a table of the files, then the totals; on a terminal a
 * progress line shows while the files are read.
 */
export async function runCheck(args: CliArgs, io: CliIo): Promise<number> {
  if (args.files.length === 0) {
    io.err(`${cliMessages.noFiles}\n\n${cliMessages.usage}`);
    return EXIT.unreadableOrUsage;
  }
  const previous = await readPrevious(args.previous, io);
  if (previous === null) return EXIT.unreadableOrUsage;
  const files = await findReportFiles(args.files);
  const progress = startProgress(io, files.length);
  const results: CheckedFile[] = [];
  for (const [index, file] of files.entries()) {
    progress.show(index + 1, file);
    results.push(await checkFile(file, previous));
  }
  progress.clear();
  io.out(args.json ? JSON.stringify(results, null, 2) : formatHuman(results));
  if (results.some((r) => "errors" in r)) return EXIT.unreadableOrUsage;
  const anyError = results.some((r) => "findings" in r && r.findings.some((f) => f.severity === "error"));
  return anyError ? EXIT.findingsWithErrors : EXIT.ok;
}

async function checkFile(file: string, previous: Report | undefined): Promise<CheckedFile> {
  const read = await readReportFile(file);
  if (!read.ok) return { file, errors: read.errors };
  const { report } = read;
  const format = formats[report.format];
  const findings = checkReport(report, { previous, readFindings: read.findings }).map((finding) => ({
    ...finding,
    message: describeFinding(format, finding),
  }));
  const notes = read.notes?.length ? { notes: read.notes } : {};
  return { file, format: report.format, year: report.year, body: report.body, findings, ...notes };
}

function formatHuman(results: readonly CheckedFile[]): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    if ("errors" in result) {
      lines.push(...result.errors.map((e) => `${result.file}：${cliMessages.unreadable}：${e}`));
      continue;
    }
    lines.push(...(result.notes ?? []).map((note) => `${result.file}：${cliMessages.note}：${note}`));
    if (result.findings.length === 0) lines.push(`${result.file}：${cliMessages.noFindings}`);
    for (const finding of result.findings) {
      const severity = finding.severity === "error" ? cliMessages.error : cliMessages.warning;
      lines.push(`${result.file}：${severity}：${finding.message}`);
    }
    errors += result.findings.filter((f) => f.severity === "error").length;
    warnings += result.findings.filter((f) => f.severity === "warning").length;
  }
  const unreadable = results.filter((r) => "errors" in r).length;
  // One file needs no table: its lines above say it all.
  if (results.length > 1) lines.push("", summaryTable(results), "");
  lines.push(cliMessages.summary(results.length, errors, warnings, unreadable));
  return lines.join("\n");
}
