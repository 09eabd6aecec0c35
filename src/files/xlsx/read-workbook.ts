import {
  cellsOfTable,
  formats,
  FORMATS_FIRST_YEAR,
  refId,
  REPORT_YEARS,
  type CellRef,
  type Finding,
  type Report,
} from "../../domain";
import { compoundFileKind } from "../compound-file";
import { readZipEntries, type ZipProblem } from "../zip/read-zip";
import {
  readDateStyles,
  readRelationships,
  readSharedStrings,
  readWorkbookPart,
  type DefinedName,
} from "./package-parts";
import { readByLabels } from "./read-by-labels";
import { readByNames, type PartialNames } from "./read-by-names";
import { readSheetPart, TooManyCells, type SheetContext, type SheetPart } from "./sheet-part";
import { viewsOf, type SheetView } from "./shown-values";
import { namesIgnored, namesPartial, type WorkbookProblem } from "./strings.zh-CN";

// Reads the reports an .xlsx workbook holds. Workbooks made by the add-in or by `nianbao template` are read by
// their names; any other sheet that holds an official table title is read by its labels. Values are read as a
// person sees them (a total shows its result) and go through readCell, so “999件” is read with a warning.
// Only what a reading needs is inflated and parsed, as a stream: the workbook part (sheets and names), the shared
// strings, the date styles and the worksheets; never the drawings, the printer settings or the rest.

/** One report found in a workbook: where it was, how it was found, and the findings of reading its cells. */
export type WorkbookReport = {
  sheet: string;
  foundBy: "names" | "labels";
  report: Report;
  findings: Finding[];
  /** Cells not read: formulas past a limit, or cells a partial set of names does not find (absent when none). */
  unread?: CellRef[];
  /** What a person should know about how the report was read (absent when nothing). */
  notes?: string[];
};

/** Every report a workbook holds (names first, in year order), and what stopped the others being read. */
export type WorkbookRead = { reports: WorkbookReport[]; problems: WorkbookProblem[] };

/** Cells (and merges) a workbook may hold: a report has about two thousand. */
const CELL_BUDGET = { cells: 1_000_000, merges: 100_000 };
/** XML all the sheets of a workbook may inflate to together (each is inflated and parsed on its own). */
const SHEETS_BYTES = 128 * 1024 * 1024;

const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";

/** Reads every report in an .xlsx file; never throws for a bad file. */
export function readWorkbook(bytes: Uint8Array): Promise<WorkbookRead> {
  // A bug inside still rejects the promise rather than throwing at the call.
  return new Promise((resolve) => resolve(readWorkbookNow(bytes)));
}

/** readWorkbook, without waiting: the reading itself is synchronous. `onViews` lets a test see the sheets as read. */
export function readWorkbookNow(bytes: Uint8Array, onViews?: (views: Map<string, SheetView>) => void): WorkbookRead {
  const parts = readParts(bytes);
  if ("code" in parts) return { reports: [], problems: [parts] };
  const views = viewsOfParts(parts.sheets);
  if ("code" in views) return { reports: [], problems: [views] };
  onViews?.(views);
  return readReports(parts.names, views);
}

/** The reports a workbook's names and sheets hold: by names first, then by labels on the sheets no name claims. */
export function readReports(names: readonly DefinedName[], views: Map<string, SheetView>): WorkbookRead {
  const { complete, partial } = readByNames(names, views);
  // A complete named report's sheets (its tables and its prose) are not read again by their labels.
  const claimed = new Set(complete.map((r) => r.sheet));
  const labelled = readByLabels(views, claimed);
  const byLabels: WorkbookReport[] = labelled.reports.map((r) => ({ ...r, foundBy: "labels" as const }));
  let problems = labelled.problems;
  const fallbacks: WorkbookReport[] = [];
  for (const names of partial) {
    const read = byLabels.find((r) => r.sheet === names.sheet || r.report.year === names.year);
    if (read) {
      read.notes = [...(read.notes ?? []), namesIgnored(names.located, names.expected, names.broken)];
    } else if (names.located * 2 >= names.expected) {
      // Most figures are named (cells deleted since the template was made): read what the names find, say the rest.
      fallbacks.push({ ...fromPartialNames(names), foundBy: "names" });
      problems = problems.filter((p) => !("sheet" in p) || p.sheet !== names.sheet);
    }
  }
  const found = [...complete.map((r) => ({ ...r, foundBy: "names" as const })), ...fallbacks, ...byLabels];
  // A year no format here covers (the older tables before 2019, a year past 2100) is refused with its reason, as the
  // other readers refuse it, never read into tables it did not use.
  const covered = (year: number) => year >= FORMATS_FIRST_YEAR && year <= REPORT_YEARS.last;
  const reports = found.filter((r) => covered(r.report.year));
  for (const r of found) {
    if (!covered(r.report.year)) problems.push({ code: "report.yearNotCovered", sheet: r.sheet, year: r.report.year });
  }
  if (reports.length === 0 && problems.length === 0) problems.push({ code: "workbook.noReport" });
  return { reports, problems };
}

/** A partial named report: the cells its names miss are unread, and a note says so. */
function fromPartialNames(names: PartialNames): Omit<WorkbookReport, "foundBy"> {
  const missed = formats[names.report.format].tables
    .flatMap(cellsOfTable)
    .map((cell) => cell.ref)
    .filter((ref) => !names.named.has(refId(ref)));
  return {
    sheet: names.sheet,
    report: names.report,
    findings: names.findings,
    unread: [...(names.unread ?? []), ...missed],
    notes: [...(names.notes ?? []), namesPartial(names.located, names.expected)],
  };
}

type Parts = { names: DefinedName[]; sheets: Map<string, SheetPart> };

function readParts(bytes: Uint8Array): Parts | WorkbookProblem {
  const compound = compoundFileKind(bytes);
  if (compound) return { code: compound === "encrypted" ? "workbook.encrypted" : "workbook.unreadable" };
  const first = readZipEntries(bytes, (name) => name === WORKBOOK || name === WORKBOOK_RELS);
  if (!first.ok) return zipProblem(first.problem);
  const workbookBytes = first.files.get(WORKBOOK);
  const workbook = workbookBytes && readWorkbookPart(workbookBytes);
  const relsBytes = first.files.get(WORKBOOK_RELS);
  const targets = relsBytes ? readRelationships(relsBytes) : new Map<string, string>();
  if (!workbook || !targets) return { code: "workbook.unreadable" };
  const paths = workbook.sheets.map((sheet) => ({ name: sheet.name, path: targets.get(sheet.relId) }));
  const sharedStringsPath = [...targets.values()].find((p) => /sharedStrings\d*\.xml$/i.test(p));
  const common = readZipEntries(bytes, (name) => name === sharedStringsPath || name === "xl/styles.xml");
  if (!common.ok) return zipProblem(common.problem);
  const stringBytes = sharedStringsPath === undefined ? undefined : common.files.get(sharedStringsPath);
  const strings = stringBytes ? readSharedStrings(stringBytes) : [];
  const styleBytes = common.files.get("xl/styles.xml");
  const dateStyles = styleBytes ? readDateStyles(styleBytes) : new Set<number>();
  if (!strings || !dateStyles) return { code: "workbook.unreadable" };
  const context: SheetContext = { strings, dateStyles, date1904: workbook.date1904, budget: { ...CELL_BUDGET } };
  const sheets = new Map<string, SheetPart>();
  let sheetsBytes = 0;
  // One sheet inflated at a time, so only one sheet's XML is in memory at once.
  for (const { name, path } of paths) {
    if (path === undefined || sheets.has(name)) continue;
    const entry = readZipEntries(bytes, (entryName) => entryName === path);
    if (!entry.ok) return zipProblem(entry.problem);
    const sheetBytes = entry.files.get(path);
    if (!sheetBytes) continue;
    sheetsBytes += sheetBytes.length;
    if (sheetsBytes > SHEETS_BYTES) return { code: "workbook.tooLarge" };
    try {
      const part = readSheetPart(sheetBytes, context);
      if (!part) return { code: "workbook.unreadable" };
      sheets.set(name, part);
    } catch (error) {
      if (error instanceof TooManyCells) return { code: "workbook.tooLarge" };
      throw error;
    }
  }
  return { names: workbook.names, sheets };
}

function viewsOfParts(sheets: Map<string, SheetPart>): ReturnType<typeof viewsOf> | WorkbookProblem {
  try {
    return viewsOf(sheets);
  } catch (error) {
    if (error instanceof TooManyCells) return { code: "workbook.tooLarge" };
    throw error;
  }
}

const zipProblem = (problem: ZipProblem): WorkbookProblem => {
  if (problem.code === "zip.tooLarge" || problem.code === "zip.tooManyEntries") return { code: "workbook.tooLarge" };
  return { code: problem.code === "zip.sizeMismatch" ? "workbook.sizeMismatch" : "workbook.unreadable" };
};
