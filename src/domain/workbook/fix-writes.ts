import { findCell, refId } from "../cells";
import type { CellRef, Report } from "../model";
import { carriedValue } from "../rules/carry-over";
import { numberFromText, type QuickFix } from "../quick-fixes";
import { readCell } from "../read-cell";
import { formats } from "../tables/formats";
import { layoutOf } from "./live-check";
import { isFormula, type FoundCell, type SheetOf, type SheetReading } from "./sheet-cells";
import { brokenTotals } from "./total-formulas";

// Quick fixes as data: which cells get what, decided on the cells as the host read them just now (not as the finding
// saw them), each with what it held before, so a host whose write fails part-way can put every cell back.

/** One cell to write: a number or a formula (the host writes it as a formula, so "=SUM(…)" is one), and what was there. */
export type CellWrite = { ref: CellRef; row: number; col: number; write: number | string; before: unknown };

const at = (cell: FoundCell) => ({ ref: cell.ref, row: cell.row, col: cell.col, before: cell.formula });

/** Blank as the blank-cell warning counts it: empty, or a placeholder such as “/” or “不适用”. */
function isBlank(value: unknown, ref: CellRef, sheet: SheetOf): boolean {
  if (value === "" || value === null || value === undefined) return true;
  const def = findCell(formats[sheet.format], ref);
  return typeof value === "string" && def !== undefined && readCell(value, def, "workbook").blank;
}

/**
 * The cells a quick fix writes, only those that still need it: a table's blank input cells get 0; text that reads as
 * a number of its column becomes the number; a total typed over gets its formula back; a cell last year's report
 * determines gets what `previous` and this year's figures as they stand now make it.
 */
export function planQuickFix(sheet: SheetOf, fix: QuickFix, reading: SheetReading, previous?: Report): CellWrite[] {
  const writes: CellWrite[] = [];
  const format = formats[sheet.format];
  if (fix.kind === "fillBlanks") {
    for (const cell of reading.cells.values()) {
      if (cell.ref.table !== fix.table || isFormula(cell.formula) || !findCell(format, cell.ref)) continue;
      if (isBlank(cell.value, cell.ref, sheet)) writes.push({ ...at(cell), write: 0 });
    }
    return writes;
  }
  const wanted = new Set(fix.cells.map(refId));
  if (fix.kind === "carryOver" || fix.kind === "fromLastYear") {
    for (const ref of fix.cells) {
      const cell = reading.cells.get(refId(ref));
      const value = previous && carriedValue(reading.report, previous, ref);
      if (cell && value !== undefined && !isFormula(cell.formula) && cell.value !== value)
        writes.push({ ...at(cell), write: value });
    }
    return writes;
  }
  if (fix.kind === "restoreFormula") {
    for (const total of brokenTotals(layoutOf(sheet), reading.cells)) {
      const found = reading.cells.get(refId(total.ref));
      if (found && wanted.has(refId(total.ref))) writes.push({ ...at(found), write: total.formula });
    }
    return writes;
  }
  for (const ref of fix.cells) {
    const cell = reading.cells.get(refId(ref));
    const def = findCell(format, ref);
    const value = cell && def && typeof cell.value === "string" ? numberFromText(cell.value, def) : undefined;
    if (cell && value !== undefined) writes.push({ ...at(cell), write: value });
  }
  return writes;
}
