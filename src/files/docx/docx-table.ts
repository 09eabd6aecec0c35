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
import { FONTS, SIZES, TEXT_WIDTH } from "./docx-style";

// A table of the report in Word: the grid of the shared layout, each cell with its row and column span, so the
// merged headers are the official ones. docx writes the vertical merges itself: a cell with `rowSpan` is
// continued in the rows under it, so those rows list only the cells that are not covered.

/** Narrow cell padding (twips), so a 15-column table fits the page at 五号. */
const CELL_MARGIN = 57;

const ALIGNMENT: Record<PrintedCell["role"], (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  header: AlignmentType.CENTER,
  label: AlignmentType.LEFT,
  figure: AlignmentType.RIGHT,
};

/** A printed table as a Word table as wide as the text, its columns in the layout's proportions. */
export function docxTable(table: PrintedTable): Table {
  const { columnWidths } = table;
  const total = columnWidths.reduce((sum, width) => sum + width, 0);
  const grid = columnWidths.map((width) => Math.floor((TEXT_WIDTH * width) / total));
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
          children: row.map((cell) => docxCell(cell, isHeaderRow(row))),
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

/** A header row's paragraphs keep with the next row, so a page never ends on a header without a row under it. */
function docxCell(cell: PrintedCell, keepNext: boolean): TableCell {
  return new TableCell({
    rowSpan: cell.rowSpan,
    columnSpan: cell.colSpan,
    verticalAlign: VerticalAlignTable.CENTER,
    children: [
      new Paragraph({
        alignment: ALIGNMENT[cell.role],
        ...(keepNext && { keepNext }),
        children: [new TextRun({ text: cell.text, font: FONTS.table, size: SIZES.table })],
      }),
    ],
  });
}
