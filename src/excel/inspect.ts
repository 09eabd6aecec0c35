import { checkSheet, type Dismissal, type SheetCheck, type SheetCheckInput } from "../domain";
import { HostError } from "./host-error";
import { queueLastYear, type LastYear } from "./last-year";
import { queueSheetValues } from "./read-report";
import { queueReportSheets } from "./report-sheets";
import { dismissalsSchema, queueSetting, settingKeys, type ReportSheet } from "./settings";

// What one check of a report needs from the workbook, queued for one sync: the report through its names, last
// year's report when its sheets are here (or one was attached), and the dismissed warnings. The check itself is the domain's.

/**
 * What the sync read (for the domain's decisions), the check of it, and the report's entry as found now (its sheets'
 * current names: a person may have renamed them, and the cell names follow).
 */
export type Inspection = {
  input: SheetCheckInput;
  check: SheetCheck;
  dismissals: Dismissal[];
  sheet: ReportSheet;
  /** Last year's report the check used, and where it came from. */
  lastYear: LastYear;
};

/** Queues the reads of a check; after the sync, call the result for the check of what they found. */
export function queueInspection(context: Excel.RequestContext, sheet: ReportSheet): () => Inspection {
  const values = queueSheetValues(context, sheet.year, [sheet.format]);
  const reports = queueReportSheets(context);
  const lastYear = queueLastYear(context, sheet.year, reports);
  const dismissals = queueSetting(context, settingKeys.dismissals, dismissalsSchema, []);
  return () => {
    const last = lastYear();
    const input: SheetCheckInput = {
      sheet,
      values: values(sheet),
      previous: last?.report,
      dismissals: dismissals(),
    };
    const found = reports().find((entry) => entry.year === sheet.year);
    // The report's tables sheet is gone (deleted): its names read as blanks, which is no report to check.
    if (!found) throw new HostError("notFound", new Error(`no tables sheet for ${sheet.year}`));
    return {
      input,
      check: checkSheet(input),
      dismissals: [...input.dismissals],
      sheet: { ...sheet, ...found },
      lastYear: last,
    };
  };
}

/** Reads everything a check needs in one sync and checks the report. */
export async function inspectReport(context: Excel.RequestContext, sheet: ReportSheet): Promise<Inspection> {
  const inspection = queueInspection(context, sheet);
  await context.sync();
  return inspection();
}
