import { rangeName } from "../domain";
import { planUnitSums, sumUnits, type UnitAssessment } from "../domain/review/unit-sums";
import { unitSummarySheet } from "../domain/review/unit-sums-sheet";
import { unitSheetTitle } from "../domain/review/unit-sums.zh-CN";
import { oneAtATime } from "./check-run";
import { settle, syncWrites, type WriteAttempt } from "./put-back";
import { queueSheetValues } from "./read-report";
import { runUndoStep } from "./run";
import type { ReportSheet } from "./settings";
import { columnPoints } from "./template-style";

// 汇总下级报告 in the workbook: the domain decides the sums and the 下级汇总 sheet; this reads the report's cells,
// writes the sums through the cells' names (figure cells only: a formula's cell is never written, so totals stay
// formulas) and rewrites the year's 下级汇总 sheet, in one Excel.run that is one undo step where the host merges.
// Nothing else is touched: no other sheet, no protection (its calls have no undo and would clear the person's).

/** What a summing did, or why it wrote nothing: a sheet of the 下级汇总 name that the add-in did not write. */
export type UnitSumsOutcome =
  { ok: true; written: number; sheetName: string } | { ok: false; reason: "sheetTaken"; sheetName: string };

/**
 * Writes the counted units' sums into the report's figure cells and the sources into the 下级汇总 sheet (added the
 * first time, cleared and rewritten after). Syncs: one to read, one more to read that sheet's title when it exists,
 * one to write. A failed write puts the report's cells back (put-back.ts); the 下级汇总 sheet is the add-in's own.
 */
export async function writeUnitSums(sheet: ReportSheet, assessment: UnitAssessment): Promise<UnitSumsOutcome> {
  const sums = sumUnits(assessment);
  const summary = unitSummarySheet(assessment, sums);
  return oneAtATime(async () => {
    const attempt = await runUndoStep(async (context): Promise<WriteAttempt<UnitSumsOutcome>> => {
      const values = queueSheetValues(context, sheet.year, [sheet.format]);
      const existing = context.workbook.worksheets.getItemOrNullObject(summary.name);
      existing.load("name");
      await context.sync();
      let used: Excel.Range | undefined;
      if (!existing.isNullObject) {
        // Only a sheet whose first cell is the add-in's title is rewritten: one of the same name is a person's own.
        const first = existing.getRange("A1").load("values");
        used = existing.getUsedRangeOrNullObject().load("address");
        await context.sync();
        if (first.values[0]?.[0] !== unitSheetTitle(sheet.year)) {
          return { ok: true, result: { ok: false, reason: "sheetTaken", sheetName: summary.name } };
        }
      }
      const writes = planUnitSums(values(sheet).cells, sums);
      for (const write of writes) {
        context.workbook.names.getItem(rangeName(sheet.year, write.ref)).getRange().formulas = [[write.write]];
      }
      const target = existing.isNullObject ? context.workbook.worksheets.add(summary.name) : existing;
      // What the last summing wrote goes, values and formats (its rows may have been more than this one's).
      if (used && !used.isNullObject) used.clear("All");
      const rows = summary.values.length;
      const cols = summary.values[0]?.length ?? 1;
      const block = target.getRangeByIndexes(0, 0, rows, cols);
      // Formats first: a value written into a text-formatted cell stays text, whatever it starts with.
      block.numberFormat = summary.numberFormats;
      block.values = summary.values;
      summary.columnWidths.forEach((width, col) => {
        target.getRangeByIndexes(0, col, 1, 1).format.columnWidth = columnPoints(width);
      });
      const undo = {
        cells: writes.map((write) => ({ name: rangeName(sheet.year, write.ref), before: write.before })),
        as: "formulas" as const,
      };
      return syncWrites(context, undo, (): UnitSumsOutcome => ({
        ok: true,
        written: writes.length,
        sheetName: summary.name,
      }));
    });
    return settle(attempt);
  });
}
