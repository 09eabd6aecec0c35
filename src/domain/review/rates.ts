import type { Report, TableId } from "../model";
import { valueAt } from "../values";

// The rates peers in the field compute on the tables for leaders. A rate over a blank cell, or over a zero
// denominator, is no rate at all: it is shown as “—”, never as NaN or a division error.

export type RateId = "substantiveDisclosure" | "reviewCorrection" | "disputeConversion";

type Part = { table: TableId; keys: readonly string[] };

const RATE_PARTS: Record<RateId, { numerator: Part; denominator: Part }> = {
  // 实质公开率 = (予以公开 + 部分公开) / 办理总数 (（七）总计)
  substantiveDisclosure: {
    numerator: { table: "applications", keys: ["disclosed.total", "partlyDisclosed.total"] },
    denominator: { table: "applications", keys: ["resultTotal.total"] },
  },
  // 复议纠错率 = 结果纠正 / 复议总数
  reviewCorrection: {
    numerator: { table: "appeals", keys: ["review.corrected"] },
    denominator: { table: "appeals", keys: ["review.total"] },
  },
  // 争议转化率 = (复议 + 诉讼) / 新收
  disputeConversion: {
    numerator: { table: "appeals", keys: ["review.total", "suitDirect.total", "suitAfterReview.total"] },
    denominator: { table: "applications", keys: ["newReceived.total"] },
  },
};

export const RATE_IDS = Object.keys(RATE_PARTS) as RateId[];

/** Σ of the cells, or undefined when any of them is blank or unread. */
function sumOf(report: Report, part: Part): number | undefined {
  let total = 0;
  for (const key of part.keys) {
    const value = valueAt(report, { table: part.table, key });
    if (value === undefined) return undefined;
    total += value;
  }
  return total;
}

/** A rate as a fraction (0.5 for 50%), or undefined when a cell is blank or the denominator is 0. */
export function rateOf(report: Report, id: RateId): number | undefined {
  const { numerator, denominator } = RATE_PARTS[id];
  const top = sumOf(report, numerator);
  const bottom = sumOf(report, denominator);
  if (top === undefined || bottom === undefined || bottom === 0) return undefined;
  return top / bottom;
}

export type Rates = Record<RateId, number | undefined>;

export function ratesOf(report: Report): Rates {
  return {
    substantiveDisclosure: rateOf(report, "substantiveDisclosure"),
    reviewCorrection: rateOf(report, "reviewCorrection"),
    disputeConversion: rateOf(report, "disputeConversion"),
  };
}

/** “66.7%”, or “—” when there is no rate. */
export function formatRate(rate: number | undefined): string {
  return rate === undefined || !Number.isFinite(rate) ? "—" : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}
