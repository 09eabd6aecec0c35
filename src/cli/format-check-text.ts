import type { CellRef, FormatId } from "../domain";
import { formats } from "../domain/tables/formats";
import type { CheckedFile } from "./check-file";
import { cliMessages } from "./messages.zh-CN";
import { TEXT_FINDINGS_PER_FILE, TEXT_LINES } from "./output-limits";
import { summaryTable } from "./summary-table";
import { oneLine } from "./terminal-safe";

/**
 * What a person reads after `nianbao check`: one line per finding with its file, what a partial report leaves
 * unread and unchecked, a table when several files were checked, and the totals. Bounded (output-limits): past
 * the bound, a line says how many lines were left out.
 */
export function formatCheckText(results: readonly CheckedFile[]): string {
  const lines: string[] = [];
  let leftOut = 0;
  const add = (line: string) => {
    if (lines.length < TEXT_LINES) lines.push(line);
    else leftOut += 1;
  };
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    const file = oneLine(result.file);
    if ("errors" in result) {
      for (const error of result.errors) add(`${file}：${cliMessages.unreadable}：${error}`);
      continue;
    }
    for (const note of result.notes ?? []) add(`${file}：${cliMessages.note}：${note}`);
    for (const line of unreadLines(result)) add(`${file}：${line}`);
    if (result.findings.length === 0) add(`${file}：${cliMessages.noFindings}`);
    for (const finding of result.findings.slice(0, TEXT_FINDINGS_PER_FILE)) {
      add(`${file}：${cliMessages.severity[finding.severity]}：${finding.message}`);
    }
    const omitted = result.omittedFindings;
    const unlisted =
      Math.max(0, result.findings.length - TEXT_FINDINGS_PER_FILE) +
      (omitted ? omitted.error + omitted.warning + omitted.info : 0);
    if (unlisted > 0) add(`${file}：${cliMessages.findingsNotListed(unlisted)}`);
    errors += countOf(result, "error");
    warnings += countOf(result, "warning");
  }
  if (leftOut > 0) lines.push(cliMessages.linesLeftOut(leftOut));
  const unreadable = results.filter((r) => "errors" in r).length;
  // One file needs no table: its lines above say it all.
  if (results.length > 1) lines.push("", summaryTable(results), "");
  lines.push(cliMessages.summary(results.length, errors, warnings, unreadable));
  return lines.join("\n");
}

/** Findings of a severity, those past the output bound included (they are only known by their count). */
function countOf(result: Extract<CheckedFile, { findings: unknown }>, severity: "error" | "warning"): number {
  return result.findings.filter((f) => f.severity === severity).length + (result.omittedFindings?.[severity] ?? 0);
}

/** Per table of a partial report: how many cells were not read, and how many of its rules are not checked. */
function unreadLines(result: Extract<CheckedFile, { findings: unknown }>): string[] {
  const unread = result.unread ?? [];
  if (unread.length === 0) return [];
  const format = formats[result.format as FormatId];
  const byTable = new Map<string, CellRef[]>();
  for (const cell of unread) {
    const cells = byTable.get(cell.table) ?? [];
    cells.push(cell);
    byTable.set(cell.table, cells);
  }
  const rules = result.notChecked ?? [];
  return [...byTable].map(([table, cells]) => {
    const title = format.tables.find((t) => t.id === table)?.title ?? table;
    const unchecked = rules.filter((r) => r.cells.some((c) => c.table === table)).length;
    return cliMessages.tableUnread(title, cells.length, unchecked);
  });
}
