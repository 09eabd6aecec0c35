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
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: grid,
    layout: TableLayoutType.FIXED,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: CELL_MARGIN, bottom: CELL_MARGIN },
    rows: table.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((cell) => docxCell(cell)) })),
  });
}

function docxCell(cell: PrintedCell): TableCell {
  return new TableCell({
    rowSpan: cell.rowSpan,
    columnSpan: cell.colSpan,
    verticalAlign: VerticalAlignTable.CENTER,
    children: [
      new Paragraph({
        alignment: ALIGNMENT[cell.role],
        children: [new TextRun({ text: cell.text, font: FONTS.table, size: SIZES.table })],
      }),
    ],
  });
}
