import {
  rangeName,
  textRangeName,
  type CellRef,
  type Finding,
  type FormatId,
  type Report,
  type SectionKey,
} from "../domain";
import { oneAtATime } from "./check-run";
import { inspectReport } from "./inspect";
import { onReportSheets } from "./report-sheets";
import { runForUser } from "./run";
import type { ReportSheet } from "./settings";

/**
 * The result of 一键校验: every finding (folded once, dismissed warnings flagged), the format to describe them, the
 * report read, and the report's entry as found (its sheets' current names, should a person have renamed them).
 */
export type WorkbookValidation = { findings: Finding[]; format: FormatId; report: Report; sheet: ReportSheet };

/**
 * 一键校验: reads the report (and last year's when its sheets are here) and checks figures and prose. It writes
 * nothing: the marks in the sheet are its conditional formats, painted by Excel itself, so 一键校验 leaves the
 * person's undo history as it was. Reading the sheet anew is also what keeps the list right when Excel sent no event
 * for an edit. One Excel.run, one sync (and one more run to find renamed sheets, should they have been).
 */
export async function validateWorkbookReport(sheet: ReportSheet): Promise<WorkbookValidation> {
  return (await onReportSheets(sheet, validateOnce)).result;
}

function validateOnce(sheet: ReportSheet): Promise<WorkbookValidation> {
  return oneAtATime(() =>
    runForUser(async (context) => {
      const { check, sheet: found } = await inspectReport(context, sheet);
      return { findings: check.findings, format: sheet.format, report: check.report, sheet: found };
    }),
  );
}

/** Activates the sheet of a figure cell (or of a prose section) and selects the cell. One sync. */
export function selectCell(sheet: ReportSheet, target: CellRef | SectionKey): Promise<void> {
  const name = typeof target === "string" ? textRangeName(sheet.year, target) : rangeName(sheet.year, target);
  return runForUser(async (context) => {
    const range = context.workbook.names.getItem(name).getRange();
    range.worksheet.activate();
    range.select();
    await context.sync();
  });
}

/** Activates a sheet by name (the pane's "open it" when a template exists already). One sync. */
export function activateSheet(name: string): Promise<void> {
  return runForUser(async (context) => {
    context.workbook.worksheets.getItem(name).activate();
    await context.sync();
  });
}
