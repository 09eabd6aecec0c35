import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import type { ReviewSheet, SheetValue, Tone } from "../../domain/review/sheets";
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

/**
 * The results workbook as .xlsx bytes, streamed row by row (a batch of a thousand reports has tens of thousands of
 * rows: exceljs's in-memory model of them would cost seconds and hundreds of megabytes).
 */
export async function writeReviewWorkbook(sheets: readonly ReviewSheet[]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  for (const sheet of sheets) drawSheet(workbook, sheet);
  await workbook.commit();
  return Buffer.concat(chunks);
}

/** A cell as written: text made safe for XML (it comes from report files), a missing value as “—”. */
function shownValue(value: SheetValue): string | number {
  if (value === undefined) return NONE;
  return typeof value === "string" ? dropXmlForbidden(value).text : value;
}

/** Each column's width: its longest text (Chinese counted double), a percentage as shown, within bounds. */
function columnWidths(sheet: ReviewSheet): number[] {
  const widths = sheet.columns.map((c) => displayWidth(c.header));
  for (const row of sheet.rows) {
    row.values.forEach((value, index) => {
      const shown =
        typeof value === "number" && sheet.columns[index]?.kind === "percent"
          ? `${(value * 100).toFixed(1)}%`
          : String(value ?? NONE);
      widths[index] = Math.max(widths[index] ?? 0, displayWidth(shown));
    });
  }
  return widths.map((width) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + 2)));
}

function drawSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: ReviewSheet): void {
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
  worksheet.columns = columnWidths(sheet).map((width) => ({
    width,
    ...(width === MAX_WIDTH ? { style: { alignment: { wrapText: true, vertical: "top" } } } : {}),
  }));
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  const header = worksheet.addRow(sheet.columns.map((c) => c.header));
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = fill(HEADER_FILL);
  });
  header.commit();
  for (const row of sheet.rows) {
    const added = worksheet.addRow(row.values.map(shownValue));
    sheet.columns.forEach((column, index) => {
      const cell = added.getCell(index + 1);
      if (column.kind === "percent" && typeof cell.value === "number") cell.numFmt = "0.0%";
      if (cell.value === NONE) cell.alignment = { horizontal: "right" };
    });
    if (row.tone && sheet.toneColumn !== undefined)
      added.getCell(sheet.toneColumn + 1).fill = fill(TONE_FILLS[row.tone]);
    added.commit();
  }
  worksheet.commit();
}
