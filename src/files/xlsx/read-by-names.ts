import {
  emptyReport,
  findCell,
  formatForYear,
  fromA1,
  sheetOfNameFormula,
  parseRangeName,
  type CellRef,
  type Finding,
  type Report,
  type SectionKey,
} from "../../domain";
import type { DefinedName } from "./package-parts";
import { proseOf, readShown, unreadField, type ReadCells } from "./read-shown";
import { bodyOfSheet } from "./report-title";
import type { SheetView } from "./shown-values";

// Workbooks made by the add-in or by `nianbao template` name every cell: nb_<year>_<table>_<key> and
// nb_<year>_text_<section>. The names find the cells wherever rows or columns have since been inserted, and the
// year in them gives the format; the report title on the tables sheet gives the body.

export type NamedReport = { sheet: string; report: Report; findings: Finding[]; unread?: CellRef[] };

type Located = { sheet: string; row: number; col: number };
type YearCells = { cells: (Located & { ref: CellRef })[]; prose: (Located & { section: SectionKey })[] };

/** Every report a workbook's names locate, one per year, in year order; the sheets they were read from. */
export function readByNames(names: readonly DefinedName[], views: Map<string, SheetView>): NamedReport[] {
  const years = new Map<number, YearCells>();
  for (const { name, formula } of names) {
    const parsed = parseRangeName(name);
    const location = locate(formula);
    if (!parsed || !location || !views.has(location.sheet)) continue;
    const cells = years.get(parsed.year) ?? { cells: [], prose: [] };
    years.set(parsed.year, cells);
    if ("ref" in parsed) cells.cells.push({ ...location, ref: parsed.ref });
    else cells.prose.push({ ...location, section: parsed.section });
  }
  return [...years]
    .sort(([a], [b]) => a - b)
    .flatMap(([year, located]) => {
      const tablesSheet = located.cells[0]?.sheet;
      return tablesSheet === undefined ? [] : [readYear(year, located, views, tablesSheet)];
    });
}

function readYear(year: number, located: YearCells, views: Map<string, SheetView>, sheet: string): NamedReport {
  const format = formatForYear(year);
  const report = emptyReport(format.id, year, bodyOfSheet(views.get(sheet)));
  const read: ReadCells = { findings: [], unread: [] };
  for (const { sheet: name, row, col, ref } of located.cells) {
    const cell = findCell(format, ref);
    if (cell) readShown(views.get(name)?.shownAt(row, col), cell, report, read);
  }
  for (const { sheet: name, row, col, section } of located.prose) {
    const text = proseOf(views.get(name)?.shownAt(row, col));
    if (text !== "") report.text[section] = text;
  }
  return { sheet, report, findings: read.findings, ...unreadField(read.unread) };
}

/**
 * The sheet and top-left cell of a name's (first) range: "'2025年报表'!$K$12", "2025年报表!$K$12:$K$13"; undefined
 * for #REF! or anything but a range.
 */
function locate(formula: string): Located | undefined {
  const range = formula.split(",")[0] ?? "";
  const sheet = sheetOfNameFormula(range);
  const first = range.slice(range.lastIndexOf("!") + 1).split(":")[0] ?? "";
  if (sheet === undefined || !/^\$?[A-Za-z]{1,3}\$?\d+$/.test(first)) return undefined;
  return { sheet, ...fromA1(first) };
}
