import ExcelJS from "exceljs";
import type { Finding, Report } from "../../domain";
import { readByLabels } from "./read-by-labels";
import { readByNames } from "./read-by-names";
import { viewsOf } from "./shown-values";
import type { WorkbookProblem } from "./strings.zh-CN";

// Reads the reports an .xlsx workbook holds. Workbooks made by the add-in or by `nianbao template` are read by
// their names; any other sheet that holds an official table title is read by its labels. Values are read as a
// person sees them (a total shows its result) and go through readCell, so “999件” is read with a warning.

/** One report found in a workbook: where it was, how it was found, and the findings of reading its cells. */
export type WorkbookReport = { sheet: string; foundBy: "names" | "labels"; report: Report; findings: Finding[] };

/** Every report a workbook holds (names first, in year order), and what stopped the others being read. */
export type WorkbookRead = { reports: WorkbookReport[]; problems: WorkbookProblem[] };

/** Reads every report in an .xlsx file; never throws for a bad file. */
export async function readWorkbook(buffer: Buffer): Promise<WorkbookRead> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings want its own Buffer type; a Node Buffer is one.
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    // exceljs explains in English ("Corrupted zip ?"): the person is told what to do instead.
    return { reports: [], problems: [{ code: "workbook.unreadable" }] };
  }
  const views = viewsOf(workbook);
  const named = readByNames(workbook, views).map((r) => ({ ...r, foundBy: "names" as const }));
  // A named report's sheets (its tables and its prose) are not read again by their labels.
  const claimed = new Set(named.map((r) => r.sheet));
  const labelled = readByLabels(views, claimed);
  const reports = [...named, ...labelled.reports.map((r) => ({ ...r, foundBy: "labels" as const }))];
  const problems = labelled.problems;
  if (reports.length === 0 && problems.length === 0) problems.push({ code: "workbook.noReport" });
  return { reports, problems };
}
