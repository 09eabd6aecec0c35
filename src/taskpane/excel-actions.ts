import * as excel from "../excel";
import type { CheckOutcome, ReportSheetRef, WorkbookActions } from "./workbook-actions";

const outcomeOf = ({ findings }: CheckOutcome): CheckOutcome => ({ findings });

/**
 * The pane's workbook actions on real Office.js (or the preview's stand-in). src/excel does the Excel work, with
 * dismissals already applied to every check; this only adapts shapes.
 */
export function createExcelActions(): WorkbookActions {
  // Where src/excel found a report's sheets after a person renamed them, by year: later checks go there directly.
  const found = new Map<number, ReportSheetRef>();
  const current = (sheet: ReportSheetRef): ReportSheetRef => found.get(sheet.year) ?? sheet;

  return {
    findReportSheets: () => excel.findReportSheets(),
    insertTemplate: async (request) => {
      const result = await excel.insertTemplate(request);
      if (result.ok) {
        const sheet = { ...request, tablesSheet: result.tablesSheet, textSheet: result.textSheet };
        return { ok: true, sheet, prefilled: result.prefilled, prefilledFrom: result.prefilledFrom };
      }
      if (result.reason === "exists" || result.reason === "yearInUse") {
        return { ok: false, reason: result.reason, existing: result.existing };
      }
      if (result.reason === "previousYear") return { ...result };
      return { ok: false, reason: result.reason };
    },
    openSheet: (name) => excel.activateSheet(name),
    validate: async (sheet) => {
      const validation = await excel.validateWorkbookReport(current(sheet));
      found.set(sheet.year, validation.sheet);
      return outcomeOf(validation);
    },
    watch: (sheet, onCheck, onError) =>
      excel.watchEdits(
        current(sheet),
        (check) => {
          found.set(sheet.year, check.sheet);
          onCheck({ findings: check.findings });
        },
        onError,
      ),
    watchActiveSheet: (onActive, onError) => excel.watchActiveSheet(onActive, onError),
    selectCell: (sheet, finding) => {
      const target = finding.section && finding.cells.length === 0 ? finding.section : finding.cells[0];
      return target ? excel.selectCell(sheet, target) : Promise.resolve();
    },
    dismiss: async (sheet, finding, reason) => outcomeOf(await excel.dismissWarning(current(sheet), finding, reason)),
    restoreDismissal: async (sheet, finding) => outcomeOf(await excel.restoreDismissal(current(sheet), finding)),
    applyQuickFix: async (sheet, fix) => outcomeOf(await excel.applyQuickFix(current(sheet), fix)),
    readReport: async (sheet) => (await excel.readReport(sheet)).report,
    readReportWithLastYear: async (sheet) => {
      const { report, lastYear } = await excel.readReportWithLastYear(current(sheet));
      return lastYear ? { report, lastYear: lastYear.report } : { report };
    },
    attachPrevious: async (sheet, previous) => {
      const result = await excel.attachPreviousReport(current(sheet), previous);
      return { findings: result.findings, lastYear: result.lastYear };
    },
    writeNarrative: (sheet, draft, replace) => excel.writeNarrative(sheet, draft, { replace }),
  };
}
