import { readCell, type CellDef, type CellReading, type CellRef, type Finding, type Report } from "../../domain";
import { NotWorkedOut, type Shown } from "./formulas";
import { formulasNotWorkedOut, formulasReadingALoop } from "./strings.zh-CN";

// A figure cell's shown value read into a report: a value with its findings, or, for a formula past a limit, no
// value at all and the cell listed as unread (its rules are then reported as not checked, never passed in silence).

/**
 * The cells of a report read so far: the findings of reading them and the cells left unread, of which
 * `readingALoop` only because their formulas read a circular reference.
 */
export type ReadCells = { findings: Finding[]; unread: CellRef[]; readingALoop: number };

/** Nothing read yet. */
export const noCellsRead = (): ReadCells => ({ findings: [], unread: [], readingALoop: 0 });

/**
 * Reads one shown value into the report's table, or lists the cell as unread. A formula in a circular reference is an
 * error of its own (Excel cannot work it out either, so any figure read from it would be one nobody wrote).
 */
export function readShown(shown: Shown, cell: CellDef, report: Report, read: ReadCells): void {
  if (shown instanceof NotWorkedOut && shown.reason === "circular") {
    read.findings.push({ ruleId: "cell.value", severity: "error", code: "cell.circularFormula", cells: [cell.ref] });
    return;
  }
  if (shown instanceof NotWorkedOut) {
    read.unread.push(cell.ref);
    if (shown.reason === "circularInput") read.readingALoop += 1;
    return;
  }
  const reading: CellReading = readCell(typeof shown === "boolean" ? String(shown) : shown, cell, "workbook");
  if (reading.value !== undefined) report.tables[cell.ref.table][cell.ref.key] = reading.value;
  read.findings.push(...reading.findings);
}

/** A prose cell's text, trimmed; "" for a blank or a formula not worked out. */
export const proseOf = (shown: Shown): string =>
  shown === undefined || shown instanceof NotWorkedOut ? "" : String(shown).trim();

/** The unread cells as a report entry's optional fields, with notes saying why: absent when every cell was read. */
export function unreadField({ unread, readingALoop }: ReadCells): { unread?: CellRef[]; notes?: string[] } {
  if (unread.length === 0) return {};
  const pastLimits = unread.length - readingALoop;
  const notes = [
    ...(pastLimits > 0 ? [formulasNotWorkedOut(pastLimits)] : []),
    ...(readingALoop > 0 ? [formulasReadingALoop(readingALoop)] : []),
  ];
  return { unread, notes };
}
