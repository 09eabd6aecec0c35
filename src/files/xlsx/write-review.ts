import ExcelJS from "exceljs";
import type { ReviewSheet, Tone } from "../../domain/review/sheets";
import { displayWidth } from "../../domain";
import { dropXmlForbidden } from "../xml-safe-text";

// The reviewing office's results workbook, drawn from the sheets the domain decided: a frozen header row with
// filters on every sheet, each row's status cell filled by its tone, columns wide enough for Chinese text.

const TONE_FILLS: Record<Tone, string> = {
  unreadable: "FFD9D9D9",
  errors: "FFFFC7CE",
  partial: "FFFFEB9C",
  warning: "FFFCE4D6",
  passed: "FFC6EFCE",
};
const HEADER_FILL = "FFDDEBF7";
/** A column never narrower than a figure, nor wider than a long message (which wraps beyond). */
const MIN_WIDTH = 8;
const MAX_WIDTH = 80;
const NONE = "—";

const fill = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });

/** The results workbook as .xlsx bytes. */
export async function writeReviewWorkbook(sheets: readonly ReviewSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) drawSheet(workbook, sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function drawSheet(workbook: ExcelJS.Workbook, sheet: ReviewSheet): void {
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
  const widths = sheet.columns.map((c) => displayWidth(c.header));
  const header = worksheet.addRow(sheet.columns.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = fill(HEADER_FILL);
  });
  for (const row of sheet.rows) {
    const values = row.values.map((value, index) => {
      if (value === undefined) return NONE;
      // Text comes from report files: characters XML cannot hold would make the workbook unreadable.
      const shown = typeof value === "string" ? dropXmlForbidden(value).text : value;
      const kind = sheet.columns[index]?.kind;
      const text = typeof shown === "number" && kind === "percent" ? `${(shown * 100).toFixed(1)}%` : String(shown);
      widths[index] = Math.max(widths[index] ?? 0, displayWidth(text));
      return shown;
    });
    const added = worksheet.addRow(values);
    sheet.columns.forEach((column, index) => {
      const cell = added.getCell(index + 1);
      if (column.kind === "percent" && typeof cell.value === "number") cell.numFmt = "0.0%";
      if (typeof cell.value === "string" && cell.value === NONE) cell.alignment = { horizontal: "right" };
    });
    if (row.tone && sheet.toneColumn !== undefined)
      added.getCell(sheet.toneColumn + 1).fill = fill(TONE_FILLS[row.tone]);
  }
  worksheet.columns.forEach((column, index) => {
    const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, (widths[index] ?? 0) + 2));
    column.width = width;
    if (width === MAX_WIDTH) column.alignment = { wrapText: true, vertical: "top" };
  });
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
}
