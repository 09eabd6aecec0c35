import {
  cellsOfTable,
  emptyReport,
  findCell,
  formatForYear,
  sheetOfNameFormula,
  parseRangeName,
  refId,
  type CellRef,
  type Finding,
  type Report,
  type SectionKey,
} from "../../domain";
import type { DefinedName } from "./package-parts";
import { noCellsRead, proseOf, readShown, unreadField, type ReadCells } from "./read-shown";
import { bodyOfSheet } from "./report-title";
import { parseAddress } from "./sheet-part";
import type { SheetView } from "./shown-values";

// Workbooks made by the add-in or by `nianbao template` name every cell: nb_<year>_<table>_<key> and
// nb_<year>_text_<section>. The names find the cells wherever rows or columns have since been inserted, and the
// year in them gives the format; the report title on the tables sheet gives the body.
// A year's names are trusted only when they locate every figure cell of its format. A few stray or broken names
// (a name copied into a hand-made workbook, cells deleted since) must not hide the sheet from the label reader:
// such a year is handed back as `partial`, for the caller to read by labels instead, or to fall back on.

export type NamedReport = { sheet: string; report: Report; findings: Finding[]; unread?: CellRef[]; notes?: string[] };

/** A year whose names do not locate every figure: what they do locate, and how many names were of no use. */
export type PartialNames = NamedReport & {
  year: number;
  /** The figure cells the names find, by refId. */
  named: Set<string>;
  located: number;
  expected: number;
  broken: number;
};

type Located = { sheet: string; row: number; col: number };
type YearCells = {
  cells: (Located & { ref: CellRef })[];
  prose: (Located & { section: SectionKey })[];
  broken: number;
};

/** The reports a workbook's names locate, one per year in year order: complete ones, and partial ones. */
export function readByNames(
  names: readonly DefinedName[],
  views: Map<string, SheetView>,
): { complete: NamedReport[]; partial: PartialNames[] } {
  const years = new Map<number, YearCells>();
  for (const { name, formula } of names) {
    const parsed = parseRangeName(name);
    if (!parsed) continue;
    const cells = years.get(parsed.year) ?? { cells: [], prose: [], broken: 0 };
    years.set(parsed.year, cells);
    const location = locate(formula);
    const known = "ref" in parsed ? findCell(formatForYear(parsed.year), parsed.ref) !== undefined : true;
    if (!location || !views.has(location.sheet) || !known) cells.broken += 1;
    else if ("ref" in parsed) cells.cells.push({ ...location, ref: parsed.ref });
    else cells.prose.push({ ...location, section: parsed.section });
  }
  const complete: NamedReport[] = [];
  const partial: PartialNames[] = [];
  for (const [year, located] of [...years].sort(([a], [b]) => a - b)) {
    // A year of only broken names has no sheet; it is still reported, for the caller to say so.
    const tablesSheet = located.cells[0]?.sheet ?? located.prose[0]?.sheet ?? "";
    const expected = formatForYear(year).tables.reduce((n, table) => n + cellsOfTable(table).length, 0);
    const keys = new Set(located.cells.map((c) => refId(c.ref)));
    const read = readYear(year, located, views, tablesSheet);
    if (keys.size === expected) complete.push(read);
    else partial.push({ ...read, year, named: keys, located: keys.size, expected, broken: located.broken });
  }
  return { complete, partial };
}

function readYear(year: number, located: YearCells, views: Map<string, SheetView>, sheet: string): NamedReport {
  const format = formatForYear(year);
  const report = emptyReport(format.id, year, bodyOfSheet(views.get(sheet)));
  const read: ReadCells = noCellsRead();
  for (const { sheet: name, row, col, ref } of located.cells) {
    const cell = findCell(format, ref);
    if (cell) readShown(views.get(name)?.shownAt(row, col), cell, report, read);
  }
  for (const { sheet: name, row, col, section } of located.prose) {
    const text = proseOf(views.get(name)?.shownAt(row, col));
    if (text !== "") report.text[section] = text;
  }
  return { sheet, report, findings: read.findings, ...unreadField(read) };
}

/**
 * The sheet and top-left cell of a name's (first) range: "'2025年报表'!$K$12", "2025年报表!$K$12:$K$13"; undefined
 * for #REF! or anything but a range.
 */
function locate(formula: string): Located | undefined {
  const range = formula.split(",")[0] ?? "";
  const sheet = sheetOfNameFormula(range);
  const first = range.slice(range.lastIndexOf("!") + 1).split(":")[0] ?? "";
  const at = parseAddress(first);
  return sheet === undefined || !at ? undefined : { sheet, ...at };
}
