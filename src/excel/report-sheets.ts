import { parseRangeName, sheetOfNameFormula } from "../domain";
import { HostError } from "./host-error";
import { runForUser } from "./run";
import { queueSetting, reportSheetsSchema, settingKeys, type ReportSheet } from "./settings";

// The settings list each report with the names its sheets were given. A person may rename a sheet; the report's cell
// names follow it, so the sheets are found through them.

/** Where the names of each year's cells point now: the tables sheet and the text sheet, by year. */
function sheetsByNames(names: Excel.NamedItem[]): Map<number, { tables?: string; text?: string }> {
  const found = new Map<number, { tables?: string; text?: string }>();
  for (const item of names) {
    const parsed = parseRangeName(item.name);
    const formula: unknown = item.formula;
    const sheet = parsed && typeof formula === "string" ? sheetOfNameFormula(formula) : undefined;
    if (!parsed || sheet === undefined) continue;
    const entry = found.get(parsed.year) ?? {};
    if ("ref" in parsed) entry.tables ??= sheet;
    else entry.text ??= sheet;
    found.set(parsed.year, entry);
  }
  return found;
}

/**
 * Queues the load of the workbook's names with everything the add-in reads of them. Office.js keeps one names
 * collection per workbook and each load replaces its items, so every reader loads the same fields.
 */
export function queueWorkbookNames(context: Excel.RequestContext): Excel.NamedItemCollection {
  return context.workbook.names.load("items/name, items/type, items/formula");
}

/**
 * Queues the reads that find the workbook's reports: the settings list, the sheet names and the workbook names;
 * after the sync, call the result for the reports whose tables sheet exists (under its current name), by year.
 */
export function queueReportSheets(context: Excel.RequestContext): () => ReportSheet[] {
  const listed = queueSetting(context, settingKeys.reports, reportSheetsSchema, []);
  const sheets = context.workbook.worksheets.load("items/name");
  const names = queueWorkbookNames(context);
  return () => {
    const existing = new Map(sheets.items.map((sheet) => [sheet.name.toLowerCase(), sheet.name]));
    // The names say where the cells are now (one report per year, so they are unambiguous); the recorded name serves
    // when they do not resolve.
    const current = (recorded: string, renamed: string | undefined): string | undefined =>
      (renamed === undefined ? undefined : existing.get(renamed.toLowerCase())) ?? existing.get(recorded.toLowerCase());
    const byNames = sheetsByNames(names.items);
    return listed()
      .flatMap((entry) => {
        const renamed = byNames.get(entry.year);
        const tablesSheet = current(entry.tablesSheet, renamed?.tables);
        const textSheet = current(entry.textSheet, renamed?.text) ?? entry.textSheet;
        return tablesSheet === undefined ? [] : [{ ...entry, tablesSheet, textSheet }];
      })
      .sort((a, b) => a.year - b.year);
  };
}

/** The reports in this workbook, as the settings record them and found in its sheets. One sync. */
export function findReportSheets(): Promise<ReportSheet[]> {
  return runForUser(async (context) => {
    const reports = queueReportSheets(context);
    await context.sync();
    return reports();
  });
}

/**
 * Runs a check on a report's sheets. When its tables sheet is not found under the name the caller has (a person
 * renamed it since), finds the report again through its cell names and runs the check once more there; the entry
 * used comes back with the result, so later checks go straight to the new name.
 */
export async function onReportSheets<T>(
  sheet: ReportSheet,
  check: (sheet: ReportSheet) => Promise<T>,
): Promise<{ result: T; sheet: ReportSheet }> {
  try {
    return { result: await check(sheet), sheet };
  } catch (error) {
    if (!(error instanceof HostError) || error.code !== "notFound") throw error;
    const found = (await findReportSheets()).find((entry) => entry.year === sheet.year);
    if (!found || found.tablesSheet === sheet.tablesSheet) throw error;
    return { result: await check(found), sheet: found };
  }
}
