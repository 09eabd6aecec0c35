import {
  cellsOfTable,
  emptyReport,
  formatForYear,
  formats,
  type CellRef,
  type Finding,
  type FormatDef,
  type Report,
  type TableDef,
} from "../../domain";
import { findLabel, readTableByLabels, type Rows } from "./label-grid";
import { noCellsRead, readShown, unreadField, type ReadCells } from "./read-shown";
import { titleOfSheet } from "./report-title";
import type { SheetView } from "./shown-values";
import type { WorkbookProblem } from "./strings.zh-CN";

// Workbooks typed by hand in the official layout: a sheet holding any table title is read as a report, its year
// from the report title above the tables (or the sheet's name, “2019年报表”), its format from the year.

export type LabelledReport = {
  sheet: string;
  report: Report;
  findings: Finding[];
  unread?: CellRef[];
  notes?: string[];
};

const titlesOf = (table: TableDef): string[] => [table.title, ...(table.titleVariants ?? [])];
// Both formats give the tables the same titles.
const anyTableTitle = formats["2021"].tables.flatMap(titlesOf);

/** Reads every sheet (other than `skip`) that holds an official table title: a report, or what stopped it. */
export function readByLabels(
  views: Map<string, SheetView>,
  skip: ReadonlySet<string>,
): { reports: LabelledReport[]; problems: WorkbookProblem[] } {
  const reports: LabelledReport[] = [];
  const problems: WorkbookProblem[] = [];
  for (const view of views.values()) {
    if (skip.has(view.name) || !findLabel(view, anyTableTitle, { top: 0, bottom: Infinity })) continue;
    const title = titleOfSheet(view);
    const year = title?.year ?? yearOfSheetName(view.name);
    if (year === undefined) {
      problems.push({ code: "report.yearUnknown", sheet: view.name });
      continue;
    }
    const read = readSheet(view, formatForYear(year), year, title?.body ?? "", views);
    if ("problems" in read) problems.push(...read.problems);
    else reports.push(read);
  }
  return { reports, problems };
}

function readSheet(
  view: SheetView,
  format: FormatDef,
  year: number,
  body: string,
  views: Map<string, SheetView>,
): LabelledReport | { problems: WorkbookProblem[] } {
  const report = emptyReport(format.id, year, body);
  const read: ReadCells = noCellsRead();
  const problems: WorkbookProblem[] = [];
  const titleRows = format.tables.map((table) => findLabel(view, titlesOf(table), { top: 0, bottom: Infinity })?.top);
  format.tables.forEach((table, i) => {
    const top = titleRows[i];
    if (top === undefined) {
      problems.push({ code: "table.missing", sheet: view.name, table: table.id });
      return;
    }
    const next = Math.min(...titleRows.filter((row): row is number => row !== undefined && row > top));
    const rows: Rows = { top, bottom: Number.isFinite(next) ? next - 1 : Infinity };
    const { shown, missing } = readTableByLabels(view, table, rows);
    problems.push(
      ...missing.map((label) => ({ code: "label.missing" as const, sheet: view.name, table: table.id, label })),
    );
    for (const cell of cellsOfTable(table)) readShown(shown.get(cell.ref.key), cell, report, read);
  });
  if (problems.length > 0) return { problems };
  report.text = proseOf(format, view, views);
  return { sheet: view.name, report, findings: read.findings, ...unreadField(read) };
}

/** Each prose section: the text under (or beside) its title, on this sheet or else any other. */
function proseOf(format: FormatDef, own: SheetView, views: Map<string, SheetView>): Report["text"] {
  const text: Report["text"] = {};
  const sheets = [own, ...[...views.values()].filter((v) => v !== own)];
  for (const section of format.text) {
    for (const view of sheets) {
      const title = findLabel(view, [section.title, ...(section.titleVariants ?? [])], { top: 0, bottom: Infinity });
      if (!title) continue;
      const prose = [view.shownAt(title.bottom + 1, title.left), view.shownAt(title.top, title.right + 1)].find(
        (shown) => typeof shown === "string" && shown.trim() !== "",
      );
      if (typeof prose === "string") text[section.key] = prose.trim();
      break;
    }
  }
  return text;
}

function yearOfSheetName(name: string): number | undefined {
  const match = /(20\d\d)\s*年/.exec(name.normalize("NFKC"));
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
