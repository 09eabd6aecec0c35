import {
  cellsOfTable,
  emptyReport,
  formats,
  numberFromText,
  rangeName,
  readCell,
  refId,
  textRangeName,
  type CellDef,
  type CellRef,
  type Finding,
  type FormatId,
  type Report,
} from "../domain";
import { hostCall } from "./host-error";
import { queueReportSheets } from "./report-sheets";
import type { ReportSheet } from "./settings";

// Reading a report back from the workbook, always through its names (nb_2025_applications_newReceived.natural):
// a name moves with its cell, so rows inserted above or inside a table are followed. A name that no longer
// resolves (its row was deleted) reads as a blank cell.

/**
 * A figure cell as the sheet holds it now: where its name points, its value, its formula (a string starting with "="
 * when it has one) and its fill (to write only the marks that change).
 */
export type FoundCell = { ref: CellRef; row: number; col: number; value: unknown; formula: unknown; fill: unknown };

export type SheetReading = {
  report: Report;
  /** Findings of reading the cells: refused values, units typed into a cell ("999件"). */
  findings: Finding[];
  /** The figure cells whose names resolve, by refId. */
  cells: Map<string, FoundCell>;
};

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

/** What readCell takes: numbers and text as they are, a TRUE/FALSE as its text. */
const asRaw = (value: unknown): string | number | undefined =>
  typeof value === "number" || typeof value === "string"
    ? value
    : typeof value === "boolean"
      ? String(value).toUpperCase()
      : undefined;

/** Whether a cell holds a formula (a total), as `range.formulas` shows it. */
export const isFormula = (formula: unknown): boolean => typeof formula === "string" && formula.startsWith("=");

/**
 * A figure cell's value as Excel's SUM sees it, and the findings about it. A formula's result is taken as it is and
 * never gets value findings (what it sums has them). Text is text to Excel, whatever it reads as: its own finding,
 * with the number it stands for (if any) for the quick fix, and 0 in every sum; placeholders (“/”, “不适用”) are blanks.
 */
function readFigure(
  value: unknown,
  formula: unknown,
  cell: CellDef,
): { value: number | undefined; findings: Finding[] } {
  if (isFormula(formula)) return { value: typeof value === "number" ? value : undefined, findings: [] };
  const reading = readCell(asRaw(value), cell, "workbook");
  if (typeof value !== "string" || reading.blank) return reading;
  const expected = numberFromText(value, cell);
  const finding: Finding = {
    ruleId: "cell.text",
    severity: "error",
    code: "cell.text",
    cells: [cell.ref],
    quote: value,
    ...(expected === undefined ? {} : { expected }),
  };
  return { value: 0, findings: [finding] };
}

/**
 * Queues the loads of every named cell of a year's report, for each format it may have been inserted in (all of
 * them when unknown); after the sync, call the result with the report's entry to read it in its own format.
 */
export function queueReportRead(
  context: Excel.RequestContext,
  year: number,
  formatIds: readonly FormatId[] = allFormats,
): (sheet: ReportSheet) => SheetReading {
  const ranges = new Map<string, Excel.Range>();
  for (const name of namesOf(year, formatIds)) {
    const range = context.workbook.names.getItemOrNullObject(name).getRangeOrNullObject();
    range.load("values, formulas, rowIndex, columnIndex, format/fill/color");
    ranges.set(name, range);
  }
  const found = (name: string): Excel.Range | undefined => {
    const range = ranges.get(name);
    return range && !range.isNullObject ? range : undefined;
  };
  return (sheet) => {
    const format = formats[sheet.format];
    const report = emptyReport(sheet.format, year, sheet.body);
    const findings: Finding[] = [];
    const cells = new Map<string, FoundCell>();
    for (const cell of format.tables.flatMap(cellsOfTable)) {
      const range = found(rangeName(year, cell.ref));
      if (!range) continue;
      const value: unknown = range.values[0]?.[0];
      const formula: unknown = range.formulas[0]?.[0];
      cells.set(refId(cell.ref), {
        ref: cell.ref,
        row: range.rowIndex,
        col: range.columnIndex,
        value,
        formula,
        fill: range.format.fill.color,
      });
      const read = readFigure(value, formula, cell);
      if (read.value !== undefined) report.tables[cell.ref.table][cell.ref.key] = read.value;
      findings.push(...read.findings);
    }
    for (const section of format.text) {
      const text: unknown = found(textRangeName(year, section.key))?.values[0]?.[0];
      if (typeof text === "string" && text.trim() !== "") report.text[section.key] = text;
    }
    return { report, findings, cells };
  };
}

/** The report of a year's sheets with the findings of reading its cells. One sync. */
export function readReport(sheet: ReportSheet): Promise<{ report: Report; findings: Finding[] }> {
  return hostCall(() =>
    Excel.run(async (context) => {
      const reading = queueReportRead(context, sheet.year, [sheet.format]);
      await context.sync();
      const { report, findings } = reading(sheet);
      return { report, findings };
    }),
  );
}

/** Queues what is needed to read last year's report; after the sync, the report, or undefined when not in the workbook. */
export function queuePreviousRead(context: Excel.RequestContext, year: number): () => Report | undefined {
  const reports = queueReportSheets(context);
  const reading = queueReportRead(context, year - 1);
  return () => {
    const entry = reports().find((r) => r.year === year - 1);
    return entry ? reading(entry).report : undefined;
  };
}

/** The report of the year before `year`, when its sheets are in this workbook (for the carry-over checks). One sync. */
export function readPreviousReport(year: number): Promise<Report | undefined> {
  return hostCall(() =>
    Excel.run(async (context) => {
      const previous = queuePreviousRead(context, year);
      await context.sync();
      return previous();
    }),
  );
}
