import type { Finding, FormatId, NarrativeDraft, PrefilledCell, QuickFix, Report, SectionKey } from "../domain";

/** A report in the workbook: its two sheets and what they hold. */
export type ReportSheetRef = { year: number; format: FormatId; body: string; tablesSheet: string; textSheet: string };

export type InsertRequest = {
  year: number;
  body: string;
  format: FormatId;
  previous?: Report;
  sheetNames?: { tables: string; text: string };
};

export type InsertOutcome =
  | { ok: true; sheet: ReportSheetRef; prefilled: PrefilledCell[]; prefilledFrom?: "given" | "workbook" }
  | { ok: false; reason: "exists"; existing: string[] }
  /** Sheet names Excel refuses. */
  | { ok: false; reason: "badName" }
  /** The year's report is in the workbook already, on `existing` (tables and text sheet): open it instead. */
  | { ok: false; reason: "yearInUse"; existing: string[] }
  /** A blank 机关名称. */
  | { ok: false; reason: "noBody" }
  /** The report given to prefill from is not last year's (year − 1); nothing was written. */
  | { ok: false; reason: "previousYear"; year: number; previousYear: number };

/**
 * What one check of the workbook found: every finding, folded once where it was made, dismissed warnings included
 * (flagged `dismissed: { reason }`, for the pane's list of dismissed warnings).
 */
export type CheckOutcome = { findings: Finding[] };

export type AttachOutcome = CheckOutcome & { lastYear: "workbook" | "attached" };

export type NarrativeWrite = { written: SectionKey[]; kept: SectionKey[] };

/**
 * Everything the pane asks of the workbook. The pane receives it as a prop, so tests pass fakes;
 * excel-actions.ts binds it to src/excel, the only code that calls Office.js.
 */
export type WorkbookActions = {
  findReportSheets(): Promise<ReportSheetRef[]>;
  insertTemplate(request: InsertRequest): Promise<InsertOutcome>;
  openSheet(name: string): Promise<void>;
  validate(sheet: ReportSheetRef): Promise<CheckOutcome>;
  watch(
    sheet: ReportSheetRef,
    onCheck: (outcome: CheckOutcome) => void,
    onError: (error: unknown) => void,
  ): Promise<() => Promise<void>>;
  /** Calls `onActive` with the name of the sheet in view, now and whenever another sheet is activated. */
  watchActiveSheet(onActive: (name: string) => void, onError: (error: unknown) => void): Promise<() => Promise<void>>;
  selectCell(sheet: ReportSheetRef, finding: Finding): Promise<void>;
  /** Dismisses a warning with a reason; the report checked anew, the warning flagged dismissed. */
  dismiss(sheet: ReportSheetRef, finding: Finding, reason: string): Promise<CheckOutcome>;
  /** Takes a dismissal back: the warning counts again; the report checked anew. */
  restoreDismissal(sheet: ReportSheetRef, finding: Finding): Promise<CheckOutcome>;
  /** Applies a finding's quick fix (see quickFixOf) in one Excel.run; the report checked anew. */
  applyQuickFix(sheet: ReportSheetRef, fix: QuickFix): Promise<CheckOutcome>;
  readReport(sheet: ReportSheetRef): Promise<Report>;
  /** The report and last year's (its sheets in this workbook, or the report attached with 上年报告), in one run. */
  readReportWithLastYear(sheet: ReportSheetRef): Promise<{ report: Report; lastYear?: Report }>;
  /**
   * Keeps `previous` (last year's, checked by the pane) for the report's carry-over checks, and checks the report
   * against it; `lastYear` says which report the checks use (last year's sheets in this workbook come first).
   */
  attachPrevious(sheet: ReportSheetRef, previous: Report): Promise<AttachOutcome>;
  writeNarrative(sheet: ReportSheetRef, draft: NarrativeDraft, replace: boolean): Promise<NarrativeWrite>;
};
