import {
  rangeName,
  textRangeName,
  type CellRef,
  type Finding,
  type FormatId,
  type Report,
  type SectionKey,
} from "../domain";
import { checkAndMark, oneAtATime } from "./check-run";
import { hostCall } from "./host-error";
import { onReportSheets } from "./report-sheets";
import type { ReportSheet } from "./settings";

/**
 * The result of 一键校验: every finding (dismissed warnings flagged), the format to describe them, the report read,
 * and the report's entry as found (its sheets' current names, should a person have renamed them).
 */
export type WorkbookValidation = {
  findings: Finding[];
  format: FormatId;
  report: Report;
  sheet: ReportSheet;
  restoredTotals: CellRef[];
};

/**
 * 一键校验: reads the report (and last year's when its sheets are here), checks figures and prose, and marks the
 * cells (totals typed over get their formulas back). One Excel.run: one sync when no mark changes, else two (and one
 * more run to find renamed sheets, should they have been).
 */
export async function validateWorkbookReport(sheet: ReportSheet): Promise<WorkbookValidation> {
  const { result, sheet: found } = await onReportSheets(sheet, validateOnce);
  return { ...result, sheet: found };
}

function validateOnce(sheet: ReportSheet): Promise<Omit<WorkbookValidation, "sheet">> {
  return oneAtATime(() =>
    hostCall(() =>
      Excel.run(async (context) => {
        const { findings, report, restoredTotals } = await checkAndMark(context, sheet);
        return { findings, format: sheet.format, report, restoredTotals };
      }),
    ),
  );
}

/** Activates the sheet of a figure cell (or of a prose section) and selects the cell. One sync. */
export function selectCell(sheet: ReportSheet, target: CellRef | SectionKey): Promise<void> {
  const name = typeof target === "string" ? textRangeName(sheet.year, target) : rangeName(sheet.year, target);
  return hostCall(() =>
    Excel.run(async (context) => {
      const range = context.workbook.names.getItem(name).getRange();
      range.worksheet.activate();
      range.select();
      await context.sync();
    }),
  );
}

/** Activates a sheet by name (the pane's "open it" when a template exists already). One sync. */
export function activateSheet(name: string): Promise<void> {
  return hostCall(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem(name).activate();
      await context.sync();
    }),
  );
}
