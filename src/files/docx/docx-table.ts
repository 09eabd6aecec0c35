import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import type { PrintedCell, PrintedTable } from "../report-tables";
import { CELL_MARGIN, cellWidths, labelLines, tableGrid } from "./docx-columns";
import { FONTS, SIZES } from "./docx-style";

// A table of the report in Word: the grid of the shared layout, each cell with its row and column span, so the
// merged headers are the official ones. docx writes the vertical merges itself: a cell with `rowSpan` is
// continued in the rows under it, so those rows list only the cells that are not covered.

const ALIGNMENT: Record<PrintedCell["role"], (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  header: AlignmentType.CENTER,
  label: AlignmentType.LEFT,
  figure: AlignmentType.RIGHT,
};

/**
 * A printed table as a Word table as wide as the text, its columns in the layout's proportions but wide enough for
 * its labels' words, each row and column label in lines of whole words (docx-columns.ts).
 */
export function docxTable(table: PrintedTable): Table {
  const grid = tableGrid(table);
  const widths = cellWidths(table, grid);
  const headerRows = repeatedHeaderRows(table);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: grid,
    layout: TableLayoutType.FIXED,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: CELL_MARGIN, bottom: CELL_MARGIN },
    rows: table.rows.map(
      (row, index) =>
        new TableRow({
          cantSplit: true,
          ...(index < headerRows && { tableHeader: true }),
          children: row.map((cell, n) => docxCell(cell, widths[index]?.[n] ?? 0, isHeaderRow(row))),
        }),
    ),
  });
}

const isHeaderRow = (row: readonly PrintedCell[]): boolean => row.every((cell) => cell.role === "header");

/**
 * How many rows at the top Word repeats on every page the table runs on to (w:tblHeader), so table 三's figures on
 * page 3 still stand under 自然人…总计: the header rows before the first row label or figure. A table with header rows
 * further down (table 二: each 第二十条 item has its own) repeats none, since its first header would stand over items
 * it does not describe.
 */
export function repeatedHeaderRows(table: PrintedTable): number {
  const first = table.rows.findIndex((row) => !isHeaderRow(row));
  if (first < 0) return 0;
  return table.rows.slice(first).some(isHeaderRow) ? 0 : first;
}

/**
 * A cell `width` twips wide; a row or column label in its own lines, a line break between them. A header row's paragraphs keep
 * with the next row, so a page never ends on a header without a row under it.
 */
function docxCell(cell: PrintedCell, width: number, keepNext: boolean): TableCell {
  const lines = cell.role === "figure" ? [cell.text] : labelLines(cell.text, width);
  return new TableCell({
    rowSpan: cell.rowSpan,
    columnSpan: cell.colSpan,
    verticalAlign: VerticalAlignTable.CENTER,
    children: [
      new Paragraph({
        alignment: ALIGNMENT[cell.role],
        ...(keepNext && { keepNext }),
        children: lines.map(
          (text, n) => new TextRun({ text, font: FONTS.table, size: SIZES.table, ...(n > 0 && { break: 1 }) }),
        ),
      }),
    ],
  });
}
