import type { UnitAssessment } from "../domain/review/unit-sums";
import type { ReportSheetRef } from "./workbook-actions";

/** What 汇总下级报告 wrote (how many figure cells changed, and the sources' sheet), or the sheet name it found taken. */
export type UnitSumsOutcome =
  { ok: true; written: number; sheetName: string } | { ok: false; reason: "sheetTaken"; sheetName: string };

/** What 汇总下级报告 asks of the workbook; the pane receives it as a prop, so tests pass fakes. */
export type UnitSumsActions = {
  /** Writes the counted units' sums into the report's figure cells and rewrites its 下级汇总 sheet; one undo step. */
  writeUnitSums(sheet: ReportSheetRef, assessment: UnitAssessment): Promise<UnitSumsOutcome>;
};

/**
 * The action on src/excel, loaded when first used. It is bound here, in the part of the pane that loads with the
 * current report, not in excel-actions.ts: that file is in the pane's first download, which is at its 200 KB budget.
 */
export const excelUnitSumsActions: UnitSumsActions = {
  writeUnitSums: async (sheet, assessment) => {
    const { writeUnitSums } = await import(/* webpackChunkName: "unit-sums" */ "../excel/unit-sums");
    return writeUnitSums(sheet, assessment);
  },
};
