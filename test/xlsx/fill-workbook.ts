import ExcelJS from "exceljs";
import { parseRangeName, type CellRef, type Report } from "../../src/domain";

// Typing into a template as a person would, with exceljs: every named input cell gets the report's figure.

/** A cell's value as typed: a number, or text such as “999件”. */
export type Typed = number | string;

/** A report's figures as a person typed them, keyed "table:key", with `changes` typed instead (undefined: left blank). */
export function typedFigures(report: Report, changes: Record<string, Typed | undefined> = {}): Record<string, Typed> {
  const typed: Record<string, Typed> = {};
  for (const [table, values] of Object.entries(report.tables)) {
    for (const [key, value] of Object.entries(values)) typed[`${table}:${key}`] = value;
  }
  for (const [id, value] of Object.entries(changes)) {
    if (value === undefined) delete typed[id];
    else typed[id] = value;
  }
  return typed;
}

/** Loads an .xlsx file with exceljs. */
export async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

/** The cell a name of the workbook locates, with what it stands for. */
export function namedCells(workbook: ExcelJS.Workbook): { ref: CellRef; cell: ExcelJS.Cell }[] {
  return workbook.definedNames.model.flatMap(({ name, ranges }) => {
    const parsed = parseRangeName(name);
    const [sheet = "", address = ""] = (ranges[0] ?? "").replace(/'/g, "").replace(/\$/g, "").split("!");
    const worksheet = workbook.getWorksheet(sheet);
    return parsed && "ref" in parsed && worksheet ? [{ ref: parsed.ref, cell: worksheet.getCell(address) }] : [];
  });
}

/** The template with every input cell typed from the report (a blank stays blank) and `typed` over that. */
export async function fillTemplate(
  template: Buffer,
  report: Report,
  typed: Record<string, Typed> = {},
): Promise<Buffer> {
  const workbook = await loadWorkbook(template);
  for (const { ref, cell } of namedCells(workbook)) {
    if (cell.type === ExcelJS.ValueType.Formula) continue;
    const value = typed[`${ref.table}:${ref.key}`] ?? report.tables[ref.table][ref.key];
    if (value !== undefined) cell.value = value;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
