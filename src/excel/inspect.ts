import { checkReport, refId, type Finding, type Report } from "../domain";
import { applyDismissals, type Dismissal } from "../domain/dismissals";
import { queueMarkRead, type MarkTarget } from "./mark-findings";
import { queueProtectionRead, type ProtectionState } from "./quiet-writes";
import { queuePreviousRead, queueReportRead, type SheetReading } from "./read-report";
import { dismissalsSchema, queueSetting, settingKeys, type ReportSheet } from "./settings";

// What one check of a report needs from the workbook, queued for one sync: the report through its names, last
// year's report when its sheets are here, the dismissed warnings, the tables sheet's protection and what marking
// its cells needs.

export type Inspection = {
  reading: SheetReading;
  previous: Report | undefined;
  dismissals: Dismissal[];
  protection: ProtectionState;
  marking: MarkTarget;
};

/** Queues the reads of a check; after the sync, call the result for what they found. */
function queueInspection(context: Excel.RequestContext, sheet: ReportSheet, tables: Excel.Worksheet): () => Inspection {
  const reading = queueReportRead(context, sheet.year, [sheet.format]);
  const previous = queuePreviousRead(context, sheet.year);
  const dismissals = queueSetting(context, settingKeys.dismissals, dismissalsSchema, []);
  const protection = queueProtectionRead(tables);
  const marking = queueMarkRead(tables, sheet);
  return () => ({
    reading: reading(sheet),
    previous: previous(),
    dismissals: dismissals(),
    protection: protection(),
    marking,
  });
}

/** Queues the reads of a check on the report's tables sheet and syncs once; the sheet and what the reads found. */
export async function inspectReport(
  context: Excel.RequestContext,
  sheet: ReportSheet,
): Promise<Inspection & { tables: Excel.Worksheet }> {
  const tables = context.workbook.worksheets.getItem(sheet.tablesSheet);
  const inspection = queueInspection(context, sheet, tables);
  await context.sync();
  return { tables, ...inspection() };
}

/**
 * Every finding of the report, figures and prose, with last year's ties, and dismissed warnings flagged. Cells that
 * hold formulas (`formulaCells`, by refId) get no value findings: what they sum has them.
 */
export function findingsOf(
  report: Report,
  readFindings: readonly Finding[],
  previous: Report | undefined,
  dismissals: readonly Dismissal[],
  formulaCells: ReadonlySet<string> = new Set(),
): Finding[] {
  const findings = checkReport(report, { readFindings, ...(previous ? { previous } : {}) }).filter(
    (f) => f.ruleId !== "cell.value" || !f.cells.every((cell) => formulaCells.has(refId(cell))),
  );
  return applyDismissals(findings, dismissals, report);
}
