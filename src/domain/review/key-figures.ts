import type { CellRef, FormatId, Report } from "../model";
import { valueAt } from "../values";

// The figures of tables 二、三、四 a reviewer reads first, the same for both formats except what 二 calls 制发.

export type KeyFigureId =
  "rulesIssued" | "normativeIssued" | "received" | "resolved" | "carriedOut" | "reviews" | "suits";

export type KeyFigureDef = { id: KeyFigureId; label: string; cells: (format: FormatId) => readonly CellRef[] };

const disclosure = (key: string): CellRef => ({ table: "disclosure", key });
const applications = (key: string): CellRef => ({ table: "applications", key });
const appeals = (key: string): CellRef => ({ table: "appeals", key });
const issued = (format: FormatId) => (format === "2021" ? "issued" : "made");

export const keyFigures: readonly KeyFigureDef[] = [
  { id: "rulesIssued", label: "二·制发规章", cells: (f) => [disclosure(`rules.${issued(f)}`)] },
  { id: "normativeIssued", label: "二·制发规范性文件", cells: (f) => [disclosure(`normativeDocs.${issued(f)}`)] },
  { id: "received", label: "三·新收申请", cells: () => [applications("newReceived.total")] },
  { id: "resolved", label: "三·办结", cells: () => [applications("resultTotal.total")] },
  { id: "carriedOut", label: "三·结转下年度", cells: () => [applications("carriedOut.total")] },
  { id: "reviews", label: "四·行政复议", cells: () => [appeals("review.total")] },
  { id: "suits", label: "四·行政诉讼", cells: () => [appeals("suitDirect.total"), appeals("suitAfterReview.total")] },
];

/** A key figure of a report: the sum of its cells, or undefined when one of them is blank or unread. */
export function keyFigureOf(report: Report, def: KeyFigureDef): number | undefined {
  let total = 0;
  for (const ref of def.cells(report.format)) {
    const value = valueAt(report, ref);
    if (value === undefined) return undefined;
    total += value;
  }
  return total;
}
