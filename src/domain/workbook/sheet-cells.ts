import { cellsOfTable, refId, type CellDef } from "../cells";
import type { CellRef, Finding, FormatId, Report, SectionKey } from "../model";
import { numberFromText } from "../quick-fixes";
import { readCell } from "../read-cell";
import { emptyReport } from "../report";
import { formats } from "../tables/formats";

// A report as a host's sheet holds it, host-neutral: each figure cell where its name points now, with the value and
// formula the host read. Any spreadsheet host (Excel through Office.js, next WPS) reads these and the decisions
// (findings, fixes) are made here.

/** A figure cell as read: where its name points (0-based), its value, and its formula ("=…") when it has one. */
export type FoundCell = { ref: CellRef; row: number; col: number; value: unknown; formula: unknown };

/** What the host read of a year's report: figure cells whose names resolve, by refId, and the prose cells' values. */
export type SheetValues = { cells: ReadonlyMap<string, FoundCell>; text: Partial<Record<SectionKey, unknown>> };

/** The report's entry the values belong to: its format, year and body. */
export type SheetOf = { format: FormatId; year: number; body: string };

export type SheetReading = {
  report: Report;
  /** Findings of reading the cells: refused values, units typed into a cell ("999件"), text in figure cells. */
  findings: Finding[];
  /** The figure cells whose names resolve, by refId. */
  cells: ReadonlyMap<string, FoundCell>;
};

/** Whether a cell holds a formula (a total), as the host's formulas show it. */
export const isFormula = (formula: unknown): formula is string =>
  typeof formula === "string" && formula.startsWith("=");

/** What readCell takes: numbers and text as they are, a TRUE/FALSE as its text. */
const asRaw = (value: unknown): string | number | undefined =>
  typeof value === "number" || typeof value === "string"
    ? value
    : typeof value === "boolean"
      ? String(value).toUpperCase()
      : undefined;

/**
 * A figure cell's value as the spreadsheet's SUM sees it, and the findings about it. A formula's result is taken as
 * it is and never gets value findings (what it sums has them). Text is text to the spreadsheet, whatever it reads as:
 * its own finding, with the number it stands for (if any) for the quick fix, and 0 in every sum; placeholders (“/”,
 * “不适用”) are blanks.
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

/** The report the values make, in the entry's format, with the findings of reading its cells. */
export function readSheetValues(sheet: SheetOf, values: SheetValues): SheetReading {
  const format = formats[sheet.format];
  const report = emptyReport(sheet.format, sheet.year, sheet.body);
  const findings: Finding[] = [];
  for (const cell of format.tables.flatMap(cellsOfTable)) {
    const found = values.cells.get(refId(cell.ref));
    if (!found) continue;
    const read = readFigure(found.value, found.formula, cell);
    if (read.value !== undefined) report.tables[cell.ref.table][cell.ref.key] = read.value;
    findings.push(...read.findings);
  }
  for (const section of format.text) {
    const text = values.text[section.key];
    if (typeof text === "string" && text.trim() !== "") report.text[section.key] = text;
  }
  return { report, findings, cells: values.cells };
}
