import { cellsOfTable } from "../cells";
import type { FormatId, Report } from "../model";
import { zeroReport } from "../report";
import { formats } from "../tables/formats";

/** Random whole numbers to build a report from; tests pass fast-check's or fixed ones. */
export type Draw = () => number;

/** Fixed draws for a report that is the same on every run: 0, step, 2 × step, … modulo `modulo`. */
export function cycle(step: number, modulo: number): Draw {
  let i = 0;
  return () => (i++ * step) % modulo;
}

/**
 * A report whose figures satisfy every rule of its format: leaves drawn at random, totals summed, and
 * 一、本年新收 chosen so that the caption's 勾稽关系 holds in every column.
 */
export function consistentReport(format: FormatId, year: number, draw: Draw): Report {
  const report = zeroReport(format, year, "某市某局");
  const def = formats[format];
  for (const table of def.tables) {
    for (const cell of cellsOfTable(table)) report.tables[table.id][cell.ref.key] = draw();
  }
  const apps = report.tables.applications;
  const applicationRows = def.tables[1]!.sections[0]!.rows.map((r) => r.key);
  const leafRows = applicationRows.filter(
    (k) => !["newReceived", "carriedIn", "resultTotal", "carriedOut"].includes(k),
  );
  const applicantColumns = ["natural", "commercial", "research", "publicInterest", "legal", "otherOrg"];
  for (const column of applicantColumns) {
    const resultTotal = leafRows.reduce((acc, row) => acc + apps[`${row}.${column}`]!, 0);
    apps[`resultTotal.${column}`] = resultTotal;
    const carriedIn = Math.min(apps[`carriedIn.${column}`]!, resultTotal + apps[`carriedOut.${column}`]!);
    apps[`carriedIn.${column}`] = carriedIn;
    apps[`newReceived.${column}`] = resultTotal + apps[`carriedOut.${column}`]! - carriedIn;
  }
  for (const row of applicationRows) {
    apps[`${row}.total`] = applicantColumns.reduce((acc, column) => acc + apps[`${row}.${column}`]!, 0);
  }
  for (const group of ["review", "suitDirect", "suitAfterReview"]) {
    const parts = ["upheld", "corrected", "other", "pending"].map((c) => report.tables.appeals[`${group}.${c}`]!);
    report.tables.appeals[`${group}.total`] = parts.reduce((a, b) => a + b, 0);
  }
  const disclosure = report.tables.disclosure;
  for (const row of ["rules", "normativeDocs"]) {
    if (format === "2019") disclosure[`${row}.totalPublic`] = disclosure[`${row}.published`]! + draw();
  }
  return report;
}
