// The report core: everything the add-in, the preview and the CLI share. Pure TypeScript.
export * from "./model";
export { cellKey, cellsOfTable, findCell, hasCell, refId, type CellDef } from "./cells";
export { formatForYear, formats, FORMATS_FIRST_YEAR, REPORT_YEARS, tableOf, type FormatDef } from "./tables/formats";
export type { RuleDef, Term } from "./rules/rule";
export { ruleKinds } from "./rules/kinds";
export { ruleInstances, type RuleInstance } from "./rules/instances";
export { checkRules, validateReport, type ValidateOptions } from "./rules/validate";
export { notCheckedRules } from "./rules/not-checked";
export { knownSums } from "./rules/known-sums";
export {
  previousBodyProblem,
  previousReportProblem,
  type PreviousBodyProblem,
  type PreviousYearProblem,
} from "./rules/previous-year";
export { readCell, type CellReading, type CellSource } from "./read-cell";
export { cellName, describeFinding, describeNotChecked, yearBeforeFormatsMessage } from "./messages.zh-CN";
export { emptyReport, zeroReport } from "./report";
export { kindProblem, MAX_FIGURE, roundAmount, valueAt } from "./values";
export { prefillFromPrevious, type PrefilledCell } from "./rules/carry-over";
export type { ParsedReportJson, ReportJson } from "./report-json";
export { REPORT_SCHEMA_ID, toReportJson } from "./to-report-json";
export {
  draftNarrative,
  draftWarnings,
  checkNarrative,
  type DraftWarning,
  type NarrativeDraft,
} from "./narrative/narrate";
export { formatWan } from "./narrative/draft-figures";
export { checkReport, type CheckOptions } from "./check-report";
export { layoutTablesSheet, layoutTextSheet, reportTitle } from "./layout/layout";
export { A1AddressError, columnLetters, fromA1, toA1 } from "./layout/a1";
export {
  parseRangeName,
  rangeName,
  sheetNames,
  sheetOfNameFormula,
  textRangeName,
  type ParsedRangeName,
} from "./layout/names";
export { addressOf, refAt } from "./layout/lookup";
export {
  conditionalFormatRules,
  markStyles,
  type ConditionalFormatRule,
  type MarkSeverity,
  type PreviousSheet,
} from "./layout/conditional-formats";
export type { Merge, NamedCell, SheetCell, SheetLayout } from "./layout/sheet";
export {
  readReportText,
  type ExtraRow,
  type ReadProblem,
  type ReadProblemCode,
  type ReadProblemReason,
  type TextReadResult,
} from "./text-reader/read-report-text";
export { describeReadProblem, describeReadProblems, inPaneWords } from "./text-reader/read-problem.zh-CN";
export { foldEchoes, groupFindings, showsWhileTyping, type FindingGroup } from "./group-findings";
export { ruleSource } from "./messages.zh-CN";
export { applyDismissals, fingerprintFinding, type Dismissal } from "./dismissals";
export { isTitleLine, readTitle } from "./text-reader/detect";
export { isPageNumberLine } from "./text-reader/page-number";
export { labelKey } from "./text-reader/tokens";
export { displayWidth } from "./layout/widths";
export { labelParts } from "./layout/label-parts";
export { rowHeights } from "./layout/row-heights";
export { MONEY_DECIMALS, MONEY_UNIT, moneyValidationFormula, numberFormats } from "./layout/number-formats";
export { numberFromText, quickFixOf, type QuickFix } from "./quick-fixes";
export { withDismissal, withoutDismissal } from "./dismissals";
export * from "./workbook";
