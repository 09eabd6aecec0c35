// A page's number printed in its footer (“— 3 —”, “-4-”, “第 2 页”, “第2页/共5页”) is no part of the report, but
// pages saved from Word or printed to PDF carry it among the report's lines, even in the middle of a table.

/** A page number with its decoration, spaces taken out: dashes on both sides, or 第…页 (a bare number is a figure). */
const DECORATED = /^(?:[-—–－]{1,3}[0-9]{1,4}[-—–－]{1,3}|第[0-9]{1,4}页(?:[/／]?共[0-9]{1,4}页)?)$/u;

/** Whether a whole line is a decorated page number (spaces anywhere in it). */
export const isPageNumberLine = (line: string): boolean =>
  line.length < 40 && DECORATED.test(line.replace(/\s+/gu, ""));
