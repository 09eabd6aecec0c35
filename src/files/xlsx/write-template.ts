import ExcelJS from "exceljs";
import {
  conditionalFormatRules,
  emptyReport,
  findCell,
  formatForYear,
  formats,
  layoutTablesSheet,
  layoutTextSheet,
  prefillFromPrevious,
  sheetNames,
  tableOf,
  type CellRef,
  type FormatId,
  type PrefilledCell,
  type Report,
  type SheetLayout,
} from "../../domain";
import { xmlSafeReport } from "../xml-safe-text";
import { kindRule, type KindRule } from "./cell-kinds";
import { addMarks } from "./write-marks";
import { absoluteAddress, writeSheet, type SheetContent } from "./write-sheet";

// The .xlsx template: the same two sheets the add-in inserts, written from the shared layout (no table-specific
// code here), with last year's carry-over figures filled in when last year's report is known.

export type TemplateOptions = {
  year: number;
  body: string;
  /** Defaults to the official format of the year. */
  format?: FormatId;
  /** Last year's report: its 结转 figures become this year's starting points (上年结转 …). */
  previous?: Report;
};

/** The blank report template for a year as an .xlsx file, carry-over cells prefilled from `previous`. */
export async function writeTemplate(options: TemplateOptions, warn?: (message: string) => void): Promise<Buffer> {
  return writeReportWorkbook(templateReport(options).report, warn);
}

/** The template's report: blank, its carry-over cells filled from `previous` when given, and which cells those are. */
export function templateReport(options: TemplateOptions): { report: Report; filled: PrefilledCell[] } {
  const { year, body, previous } = options;
  const blank = emptyReport(options.format ?? formatForYear(year).id, year, body);
  return previous ? prefillFromPrevious(blank, previous) : { report: blank, filled: [] };
}

/**
 * A report as an .xlsx workbook laid out as the template, its figures and prose filled in. Characters a workbook
 * cannot hold are dropped from the body and prose, each place told to `warn` (in Chinese).
 */
export async function writeReportWorkbook(
  original: Report,
  warn: (message: string) => void = () => {},
): Promise<Buffer> {
  const { report, warnings } = xmlSafeReport(original);
  warnings.forEach((message) => warn(message));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "年报助手";
  const format = formats[report.format];
  const names = sheetNames(report.year);
  const sheets: [string, SheetLayout][] = [
    [names.tables, layoutTablesSheet(format, report.year, report.body)],
    [names.text, layoutTextSheet(format, report.year, report.body)],
  ];
  const ruleOf = (ref: CellRef): KindRule => {
    const cell = findCell(format, ref);
    return kindRule(cell?.kind ?? "count", tableOf(format, ref.table).unit, cell?.column.decimals);
  };
  for (const [name, layout] of sheets) {
    const sheet = workbook.addWorksheet(name);
    const prose = new Map(layout.names.flatMap((n) => (n.section ? [[n.address, report.text[n.section]]] : [])));
    const content: SheetContent = {
      figureOf: (ref) => report.tables[ref.table][ref.key],
      proseAt: (address) => prose.get(address),
      ruleOf,
    };
    await writeSheet(sheet, layout, content);
    // The tables sheet checks itself; last year's sheet is never in this file, so the carry-over ties are left out.
    if (name === names.tables) addMarks(sheet, conditionalFormatRules(format, layout));
    for (const { name: cellName, address } of layout.names) {
      workbook.definedNames.add(`'${name}'!${absoluteAddress(address)}`, cellName);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
