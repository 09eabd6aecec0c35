import {
  cellsOfTable,
  formats,
  rangeName,
  readSheetValues,
  refId,
  textRangeName,
  type Finding,
  type FormatId,
  type FoundCell,
  type Report,
  type SectionKey,
  type SheetReading,
  type SheetValues,
} from "../domain";
import { queueReportSheets } from "./report-sheets";
import { runForUser } from "./run";
import type { ReportSheet } from "./settings";

// Reading a report back from the workbook, always through its names (nb_2025_applications_newReceived.natural):
// a name moves with its cell, so rows inserted above or inside a table are followed. A name that no longer
// resolves (its row was deleted) reads as a blank cell. What the cells hold goes to the domain as it is.

const allFormats: readonly FormatId[] = ["2019", "2021"];

function namesOf(year: number, formatIds: readonly FormatId[]): string[] {
  const names = new Set<string>();
  for (const id of formatIds) {
    for (const table of formats[id].tables)
      for (const cell of cellsOfTable(table)) names.add(rangeName(year, cell.ref));
    for (const section of formats[id].text) names.add(textRangeName(year, section.key));
  }
  return [...names];
}

/**
 * Queues the loads of every named cell of a year's report, for each format it may have been inserted in (all of
 * them when unknown); after the sync, call the result with the report's entry for what its cells hold.
 */
export function queueSheetValues(
  context: Excel.RequestContext,
  year: number,
  formatIds: readonly FormatId[] = allFormats,
): (sheet: ReportSheet) => SheetValues {
  const ranges = new Map<string, Excel.Range>();
  for (const name of namesOf(year, formatIds)) {
    const range = context.workbook.names.getItemOrNullObject(name).getRangeOrNullObject();
    range.load("values, formulas, rowIndex, columnIndex");
    ranges.set(name, range);
  }
  const found = (name: string): Excel.Range | undefined => {
    const range = ranges.get(name);
    return range && !range.isNullObject ? range : undefined;
  };
  return (sheet) => {
    const format = formats[sheet.format];
    const cells = new Map<string, FoundCell>();
    for (const cell of format.tables.flatMap(cellsOfTable)) {
      const range = found(rangeName(year, cell.ref));
      if (!range) continue;
      const value: unknown = range.values[0]?.[0];
      const formula: unknown = range.formulas[0]?.[0];
      cells.set(refId(cell.ref), { ref: cell.ref, row: range.rowIndex, col: range.columnIndex, value, formula });
    }
    const text: Partial<Record<SectionKey, unknown>> = {};
    for (const section of format.text) text[section.key] = found(textRangeName(year, section.key))?.values[0]?.[0];
    return { cells, text };
  };
}

/** Queues the read of a year's report; after the sync, call the result with its entry for the report as read. */
export function queueReportRead(
  context: Excel.RequestContext,
  year: number,
  formatIds: readonly FormatId[] = allFormats,
): (sheet: ReportSheet) => SheetReading {
  const values = queueSheetValues(context, year, formatIds);
  return (sheet) => readSheetValues(sheet, values(sheet));
}

/** The report of a year's sheets with the findings of reading its cells. One sync. */
export function readReport(sheet: ReportSheet): Promise<{ report: Report; findings: Finding[] }> {
  return runForUser(async (context) => {
    const reading = queueReportRead(context, sheet.year, [sheet.format]);
    await context.sync();
    const { report, findings } = reading(sheet);
    return { report, findings };
  });
}

/** Queues what is needed to read last year's report; after the sync, the report, or undefined when not in the workbook. */
export function queuePreviousRead(
  context: Excel.RequestContext,
  year: number,
  reports: () => ReportSheet[] = queueReportSheets(context),
): () => Report | undefined {
  const reading = queueReportRead(context, year - 1);
  return () => {
    const entry = reports().find((r) => r.year === year - 1);
    return entry ? reading(entry).report : undefined;
  };
}

/** The report of the year before `year`, when its sheets are in this workbook (for the carry-over checks). One sync. */
export function readPreviousReport(year: number): Promise<Report | undefined> {
  return runForUser(async (context) => {
    const previous = queuePreviousRead(context, year);
    await context.sync();
    return previous();
  });
}
