import type { CellRef, Report, ValueKind } from "./model";

/** The value of a cell, blank (undefined) when the report has none. */
export function valueAt(report: Report, ref: CellRef): number | undefined {
  return report.tables[ref.table][ref.key];
}

/**
 * The largest figure a cell may hold: 10 亿 applications, items or 万元. No body's report comes near it, and below it
 * every sum of a table stays exact (money to the millionth of a 万元 included); above it a figure is a typing slip
 * or a number too large to add up exactly (beyond 2^53 an off-by-one total would pass).
 */
export const MAX_FIGURE = 1e9;

/** Amounts below this can be rounded to a millionth of a 万元 exactly; larger ones are already as exact as they get. */
const ROUNDABLE = Number.MAX_SAFE_INTEGER / 1e6;

/** Money is compared to a hundredth of a yuan: 万元 amounts carry up to 6 meaningful decimals. Whole numbers stay. */
export function roundAmount(value: number): number {
  if (Number.isInteger(value) || Math.abs(value) >= ROUNDABLE) return value;
  return Math.round(value * 1e6) / 1e6;
}

/** The reason a number cannot stand in a cell of this kind, or undefined when it fits. */
export function kindProblem(
  value: number,
  kind: ValueKind,
): "cell.notWhole" | "cell.negative" | "cell.tooLarge" | undefined {
  if (Math.abs(value) > MAX_FIGURE) return "cell.tooLarge";
  if (kind !== "money" && !Number.isInteger(value)) return "cell.notWhole";
  if (kind !== "change" && value < 0) return "cell.negative";
  return undefined;
}
