import { readFixture } from "../../../../test/helpers/fixture";
import type { TableId } from "../../model";
import { readReportText, type TextReadResult } from "../read-report-text";

// Reading the layout fixtures (__fixtures__/layouts) and looking at some of their cells, for the layout tests.

/** The text of a layout fixture. */
export const layoutText = (name: string): string => readFixture(`${__dirname}/layouts/${name}`);

/** A layout fixture read as the command line reads a .txt file. */
export const readLayout = (name: string): TextReadResult => readReportText(layoutText(name));

/** The values of some cells of one table: a number, or "blank" for a cell read as empty, or "unread". */
export function cells(
  result: TextReadResult,
  table: TableId,
  keys: readonly string[],
): Record<string, number | string> {
  const values = result.report?.tables[table] ?? {};
  const unread = new Set((result.unread ?? []).filter((ref) => ref.table === table).map((ref) => ref.key));
  return Object.fromEntries(keys.map((key) => [key, values[key] ?? (unread.has(key) ? "unread" : "blank")]));
}

const ROW = ["natural", "commercial", "research", "publicInterest", "legal", "otherOrg", "total"];

/** The keys of one row of table 三, in column order. */
export const row = (key: string): string[] => ROW.map((column) => `${key}.${column}`);

/** What a cell reads as: a number, "blank" for a cell read as empty, or "unread". */
type Reading = number | string;

/** Expects the cells of `table` named in `expected` to read exactly as it says (the keys are named once). */
export function expectCells(result: TextReadResult, table: TableId, expected: Record<string, Reading>): void {
  expect(cells(result, table, Object.keys(expected))).toEqual(expected);
}

/** Expects row `key` of table 三 to read `values`, one for each column from 自然人 to 总计. */
export function expectRow(
  result: TextReadResult,
  key: string,
  values: readonly [Reading, Reading, Reading, Reading, Reading, Reading, Reading],
): void {
  expect(cells(result, "applications", row(key))).toEqual(list(...values)(row(key)));
}

/** Expected values for some keys, in order: `list(1, "blank")(keys)`. */
export const list =
  (...values: (number | string)[]) =>
  (keys: string[]) =>
    Object.fromEntries(keys.map((key, n) => [key, values[n] ?? "?"]));
