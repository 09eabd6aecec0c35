// src/excel: the only code that calls Office.js. Thin and batched: one Excel.run per user action, domain types in
// and out, Office errors out as HostError.
export { HostError, type HostErrorCode } from "./host-error";
export { hostErrorMessage } from "./strings.zh-CN";
export type { ReportSheet } from "./settings";
export { insertTemplate, isValidSheetName, type InsertOptions, type InsertResult } from "./insert-template";
export { findReportSheets } from "./report-sheets";
export { readPreviousReport, readReport } from "./read-report";
export { watchEdits, type EditCheck } from "./watch-edits";
export { activateSheet, selectCell, validateWorkbookReport, type WorkbookValidation } from "./validate";
export { dismissWarning, loadDismissals, restoreDismissal } from "./dismissals";
export { applyQuickFix } from "./quick-fixes";
export type { CheckResult } from "./check-run";
export { writeNarrative, type NarrativeWrite } from "./narrative";
export { watchActiveSheet } from "./active-sheet";
export { attachPreviousReport, readReportWithLastYear, type AttachResult } from "./previous-report";
export type { LastYear } from "./last-year";
