import { cellKey, cellsOfTable } from "../../cells";
import type { Report } from "../../model";
import { formats, type FormatDef } from "../../tables/formats";
import { isPageNumberLine } from "../page-number";
import { readReportText } from "../read-report-text";
import { labelKey } from "../tokens";
import { isTraditional, toSimplified } from "../traditional";

// A report saved half-way or copied in parts: cut after any line from table 二 on, it must give back exactly the
// cells whose row is complete before the cut, each with the full report's value, and never a value that is not
// there. These find the cuts that break that promise, for the property test and for the PDF layouts.

const FIGURE = /^[+\-－]?[0-9０-９][0-9０-９,，.]*(?:件|项|元|万元)?$|^(?:\/|-|—|--|不适用|无)$/u;

/**
 * How many of a row's figures a line holds: its words that are figures; a row's figures run together into one word
 * (“规章000”, “总计 640020470”, table 四's “2100 3 1000 …”) are the whole row, when none of its figures came before (a row of one figure per
 * line ends with a figure of two digits as any other).
 */
function figuresOn(line: string, rest: number, whole: boolean): number {
  if (isPageNumberLine(line)) return 0;
  const words = line.split(/[\s|｜]+/u).filter((word) => word !== "");
  // Runs of digits that hold the whole row between them (“2100 3 1000 1 0 0 0 0 0” for 15 cells).
  const digits = words.every((word) => /^[0-9]+$/u.test(word)) ? words.join("").length : 0;
  if (whole && words.length > 0 && words.length < rest && digits >= rest) return rest;
  return words.filter((word) => FIGURE.test(word)).length;
}

/**
 * For each cell (`table/key`), the line holding the last figure of its row: the row is complete after that line.
 * Labels are found at the start of a line (the row's figures may follow them on it); a missing heading is passed.
 */
function rowEnds(lines: readonly string[], format: FormatDef): Map<string, number> {
  const ends = new Map<string, number>();
  const keys = lines.map(labelKey);
  const lineOf = (label: string, from: number): number =>
    keys.findIndex((key, n) => n >= from && key.startsWith(labelKey(label)));
  for (const table of format.tables) {
    // A table's heading by its words, whatever its number.
    const words = labelKey(table.title).slice(2);
    let from = keys.findIndex((key) => key.endsWith(words) && key.length <= words.length + 2);
    for (const section of table.sections) {
      if (section.heading) from = Math.max(from, lineOf(section.heading, from));
      const figuresAfter = (start: number, label: string, count: number): number => {
        let seen = 0;
        for (let n = start; n < lines.length; n++) {
          const line = n === start ? (lines[n] ?? "").replace(/^\s+/u, "").slice(label.length) : (lines[n] ?? "");
          seen += figuresOn(line, count - seen, seen === 0);
          if (seen >= count) return n;
        }
        throw new Error(`fewer than ${count} figures after line ${start}`);
      };
      if (section.layout === "flat") {
        const end = figuresAfter(from + 1, "", section.rows.length * section.columns.length);
        for (const cell of cellsOfTable(table)) ends.set(`${table.id}/${cell.ref.key}`, end);
        continue;
      }
      for (const row of section.rows) {
        const at = lineOf(row.label, from);
        if (at < 0) continue;
        const end = figuresAfter(at, labelKey(row.label), section.columns.length);
        for (const column of section.columns) ends.set(`${table.id}/${cellKey(row.key, column.key)}`, end);
      }
    }
  }
  return ends;
}

/** Checks every cut of a text (after a line, or a word for a report on one line) from the line of table 二's title on; returns the cuts that break the promise. */
export function brokenCuts(text: string, cuts: readonly number[], separator = "\n"): string[] {
  const reading = readReportText(text);
  const full = reading.report as Report;
  // A row the whole text leaves unread (an ambiguous one) stays unread in every part of it.
  const fullUnread = new Set((reading.unread ?? []).map((ref) => `${ref.table}/${ref.key}`));
  const format = formats[full.format];
  const lines = text.split(separator);
  // A traditional copy's rows end where those of its simplified reading do (one line for one).
  const ends = rowEnds(isTraditional(text) ? toSimplified(text).split(separator) : lines, format);
  // A row cut by the table's column sums may be read once the rows its sums need are there, and is read when the
  // rest of its table is: between its own end and its table's, either is right (its value, when read, still is).
  const decidedLater = new Map<string, number>();
  for (const finding of reading.findings.filter((f) => f.ruleId === "read.runTogetherByColumns")) {
    const table = finding.cells[0]?.table;
    const last = Math.max(...[...ends].filter(([id]) => id.startsWith(`${table}/`)).map(([, end]) => end));
    for (const cell of finding.cells) decidedLater.set(`${cell.table}/${cell.key}`, last);
  }
  const broken: string[] = [];
  for (const cut of cuts) {
    const part = readReportText(lines.slice(0, cut).join(separator));
    const unread = new Set((part.unread ?? []).map((ref) => `${ref.table}/${ref.key}`));
    for (const table of format.tables) {
      for (const cell of cellsOfTable(table)) {
        const id = `${table.id}/${cell.ref.key}`;
        const complete = !fullUnread.has(id) && (ends.get(id) ?? Infinity) < cut;
        const value = part.report?.tables[table.id][cell.ref.key];
        // A row the test cannot find by its verbatim label (a variant) is only checked for its values.
        const undecided = (ends.get(id) ?? Infinity) < cut && cut <= (decidedLater.get(id) ?? -Infinity);
        if (ends.has(id) && complete === unread.has(id) && !undecided)
          broken.push(`cut ${cut}: ${id} ${complete ? "not read" : "read"}`);
        if (value !== undefined && value !== full.tables[table.id][cell.ref.key])
          broken.push(`cut ${cut}: ${id} is ${value}, not ${full.tables[table.id][cell.ref.key]}`);
      }
    }
  }
  return broken;
}

export const fromTable2 = (text: string, separator = "\n"): number[] => {
  const lines = text.split(separator);
  const start = lines.findIndex((line) => labelKey(toSimplified(line)).endsWith("主动公开政府信息情况"));
  return Array.from({ length: lines.length - start }, (_, n) => start + 1 + n);
};
