import { hostCall } from "./host-error";
import { queueSetting, reportSheetsSchema, settingKeys, type ReportSheet } from "./settings";

/**
 * Queues the reads that find the workbook's reports: the settings list and the sheet names; after the sync, call
 * the result for the reports whose tables sheet still exists, by year.
 */
export function queueReportSheets(context: Excel.RequestContext): () => ReportSheet[] {
  const listed = queueSetting(context, settingKeys.reports, reportSheetsSchema, []);
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  return () => {
    const names = new Set(sheets.items.map((sheet) => sheet.name.toLowerCase()));
    return listed()
      .filter((entry) => names.has(entry.tablesSheet.toLowerCase()))
      .sort((a, b) => a.year - b.year);
  };
}

/** The reports in this workbook, as the settings record them and verified against its sheets. One sync. */
export function findReportSheets(): Promise<ReportSheet[]> {
  return hostCall(() =>
    Excel.run(async (context) => {
      const reports = queueReportSheets(context);
      await context.sync();
      return reports();
    }),
  );
}
