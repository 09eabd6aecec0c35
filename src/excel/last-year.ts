import { z } from "zod/mini";
import type { Report } from "../domain";
import { parseReportJson } from "../domain/report-json";
import { queuePreviousRead } from "./read-report";
import { queueReportSheets } from "./report-sheets";
import { queueSetting, settingKeys, type ReportSheet } from "./settings";

// Last year's report, for a report whose workbook does not hold last year's sheets: a published file a person
// attached after insertion (上年报告), kept in the workbook's settings as report JSON, by the year it is last year's
// for. Every check (an edit, 一键校验, a quick fix) and the drafter read it as they read last year's sheets.

/** The attached reports: each with the year of the report it is last year's for. */
export const attachedSchema = z.array(z.object({ forYear: z.int(), report: z.unknown() }));

/** Where last year's report of a check came from: last year's sheets in this workbook, or a file attached. */
export type LastYear = { report: Report; from: "workbook" | "attached" } | undefined;

/** Queues the reads of last year's report for `year`; after the sync, call the result for it (sheets first). */
export function queueLastYear(
  context: Excel.RequestContext,
  year: number,
  reports: () => ReportSheet[] = queueReportSheets(context),
): () => LastYear {
  const inWorkbook = queuePreviousRead(context, year, reports);
  const attached = queueSetting(context, settingKeys.previousReports, attachedSchema, []);
  return () => {
    const sheets = inWorkbook();
    if (sheets) return { report: sheets, from: "workbook" };
    const entry = attached().find((a) => a.forYear === year);
    const parsed = entry && parseReportJson(entry.report);
    // An entry no longer readable as report JSON (written by another version) counts as absent.
    return parsed?.ok && parsed.report.year === year - 1 ? { report: parsed.report, from: "attached" } : undefined;
  };
}
