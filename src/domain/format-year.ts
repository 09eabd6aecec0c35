import type { Finding, FormatId } from "./model";
import { formats } from "./tables/formats";

/**
 * How a report's format fits its year: "fits"; "late" for a report of 2021 or later still in the 2019 tables, which
 * is read as written with the warning below (many bodies kept the old tables); "impossible" for a format not yet
 * issued in that year (2021 tables before 2021), which is refused.
 */
export function formatYearFit(formatId: FormatId, year: number): "fits" | "late" | "impossible" {
  const format = formats[formatId];
  if (year < format.firstYear) return "impossible";
  return format.lastYear !== undefined && year > format.lastYear ? "late" : "fits";
}

/** The warning that a report's tables are in a format older than its year's. */
export function formatYearWarning(formatId: FormatId, year: number): Finding {
  return {
    ruleId: "read.formatYear",
    severity: "warning",
    code: "read.formatYear",
    cells: [],
    detail: formatId,
    expected: year,
  };
}
