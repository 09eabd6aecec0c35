// The report core: everything the add-in, the preview and the CLI share. Pure TypeScript.
export * from "./model";
export { cellKey, cellsOfTable, findCell, hasCell, type CellDef } from "./cells";
export { formatForYear, formats, tableOf, type FormatDef } from "./tables/formats";
export type { RuleDef, Term } from "./rules/rule";
export { ruleKinds } from "./rules/kinds";
export { instancesTouching, ruleInstances, type RuleInstance } from "./rules/instances";
export { checkRules, validateReport, type ValidateOptions } from "./rules/validate";
export { readCell, type CellReading, type CellSource } from "./read-cell";
export { cellName, describeFinding } from "./messages.zh-CN";
export { emptyReport, zeroReport } from "./report";
export { kindProblem, roundAmount, valueAt } from "./values";
export { prefillFromPrevious, type PrefilledCell } from "./rules/carry-over";
export { parseReportJson, reportJsonSchema, toReportJson, REPORT_SCHEMA_ID, type ReportJson } from "./report-json";
