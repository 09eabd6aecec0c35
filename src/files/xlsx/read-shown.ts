import { readCell, type CellDef, type CellReading, type CellRef, type Finding, type Report } from "../../domain";
import { NotWorkedOut, type Shown } from "./formulas";
import { formulasNotWorkedOut } from "./strings.zh-CN";

// A figure cell's shown value read into a report: a value with its findings, or, for a formula past a limit, no
// value at all and the cell listed as unread (its rules are then reported as not checked, never passed in silence).

/** The cells of a report read so far: the findings of reading them and the cells left unread. */
export type ReadCells = { findings: Finding[]; unread: CellRef[] };

/** Reads one shown value into the report's table, or lists the cell as unread. */
export function readShown(shown: Shown, cell: CellDef, report: Report, read: ReadCells): void {
  if (shown instanceof NotWorkedOut) {
    read.unread.push(cell.ref);
    return;
  }
  const reading: CellReading = readCell(typeof shown === "boolean" ? String(shown) : shown, cell, "workbook");
  if (reading.value !== undefined) report.tables[cell.ref.table][cell.ref.key] = reading.value;
  read.findings.push(...reading.findings);
}

/** A prose cell's text, trimmed; "" for a blank or a formula not worked out. */
export const proseOf = (shown: Shown): string =>
  shown === undefined || shown instanceof NotWorkedOut ? "" : String(shown).trim();

/** The unread cells as a report entry's optional fields, with a note saying why: absent when every cell was read. */
export const unreadField = (unread: CellRef[]): { unread?: CellRef[]; notes?: string[] } =>
  unread.length > 0 ? { unread, notes: [formulasNotWorkedOut(unread.length)] } : {};
