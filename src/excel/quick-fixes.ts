import { findCell, formats, numberFromText, readCell, refId, type QuickFix } from "../domain";
import { checkAndMark, oneAtATime, type CheckResult } from "./check-run";
import { hostCall } from "./host-error";
import { isFormula, type SheetReading } from "./read-report";
import type { ReportSheet } from "./settings";

// Quick fixes on findings, decided on the cells as the first sync reads them (not as the finding saw them): a blank
// input cell of the table gets 0; a cell holding text that reads as a number of its column gets the number.

/** The figures a quick fix writes, by refId: only cells that still need it. */
function figuresOf(sheet: ReportSheet, fix: QuickFix, reading: SheetReading): Map<string, number> {
  const format = formats[sheet.format];
  const figures = new Map<string, number>();
  if (fix.kind === "fillBlanks") {
    for (const [id, cell] of reading.cells) {
      const def = findCell(format, cell.ref);
      if (cell.ref.table !== fix.table || !def || isFormula(cell.formula)) continue;
      // Blank as the blank-cell warning counts it: empty, or a placeholder such as “/” or “不适用”.
      const value = cell.value;
      const blank = value === "" || value === null || value === undefined;
      if (blank || (typeof value === "string" && readCell(value, def, "workbook").blank)) figures.set(id, 0);
    }
    return figures;
  }
  for (const ref of fix.cells) {
    const cell = reading.cells.get(refId(ref));
    const def = findCell(format, ref);
    const value = cell && def && typeof cell.value === "string" ? numberFromText(cell.value, def) : undefined;
    if (value !== undefined) figures.set(refId(ref), value);
  }
  return figures;
}

/** Applies a quick fix, then checks and marks the report. One Excel.run, two syncs (one when nothing needed it). */
export function applyQuickFix(sheet: ReportSheet, fix: QuickFix): Promise<CheckResult> {
  return oneAtATime(() =>
    hostCall(() =>
      Excel.run((context) => checkAndMark(context, sheet, { figures: (reading) => figuresOf(sheet, fix, reading) })),
    ),
  );
}
