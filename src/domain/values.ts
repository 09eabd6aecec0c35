import type { CellRef, Report, ValueKind } from "./model";

/** The value of a cell, blank (undefined) when the report has none. */
export function valueAt(report: Report, ref: CellRef): number | undefined {
  return report.tables[ref.table][ref.key];
}

/** Money is compared to a hundredth of a yuan: 万元 amounts carry up to 6 meaningful decimals. */
export function roundAmount(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** The reason a number cannot stand in a cell of this kind, or undefined when it fits. */
export function kindProblem(value: number, kind: ValueKind): "cell.notWhole" | "cell.negative" | undefined {
  if (kind !== "money" && !Number.isInteger(value)) return "cell.notWhole";
  if (kind !== "change" && value < 0) return "cell.negative";
  return undefined;
}
