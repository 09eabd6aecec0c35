// A page's number printed in its footer (“— 3 —”, “-4-”, “第 2 页”, “第2页/共5页”) is no part of the report, but
// pages saved from Word or printed to PDF carry it among the report's lines, even in the middle of a table.

/** A page number with its decoration, spaces taken out: dashes on both sides, or 第…页 (a bare number is a figure). */
const DECORATED = /^(?:[-—–－]{1,3}[0-9]{1,4}[-—–－]{1,3}|第[0-9]{1,4}页(?:[/／]?共[0-9]{1,4}页)?)$/u;

/** The characters a page number starts with, after spaces: a table's lines are passed over by their first one. */
const STARTS = new Set(["-", "—", "–", "－", "第"]);

/** Whether a whole line is a decorated page number (spaces anywhere in it). */
export function isPageNumberLine(line: string): boolean {
  if (line.length >= 40 || !STARTS.has(firstVisible(line))) return false;
  return DECORATED.test(line.replace(/\s+/gu, ""));
}

/** A line's first character that is not a space (“” for none), found without copying the line. */
export function firstVisible(line: string, from = 0): string {
  for (let i = from; i < line.length; i++) {
    const char = line[i] ?? "";
    if (char !== " " && char !== "\t" && char !== "\u3000" && char.trim() !== "") return char;
  }
  return "";
}
