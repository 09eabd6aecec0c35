import { formats, reportTitle, type Report, type TableId } from "../../../domain";
import { printedTables, type PrintedTable } from "../../report-tables";
import type { PdfPage, Segment, TextItem } from "../pdf-content";

// A report as a PDF writer lays it out, as the text items and borders pdfjs gives back: A4 pages, prose wrapped at
// the text width, tables with every cell's borders and its text wrapped to the cell's width (so a narrow column
// prints a heading one character per line and a long label over two lines), a page number at the foot of every
// page, and a table cut by the page break wherever it falls, a merged cell cut with it.

const PAGE = { width: 595, height: 842, left: 60, textWidth: 480, top: 780, bottom: 80 };
const PROSE = 12;
const TABLE = 9;
const LINE = 1.25;

export type PrintOptions = {
  /** Column widths in points, per table (default: the layout's proportions over the text width). */
  widths?: Partial<Record<TableId, number[]>>;
  /** Rewrites a label as a report prints it (e.g. “1.” numbered “1、”). */
  label?: (text: string) => string;
  /**
   * How cell borders are drawn: single lines (default); “double”, each border two lines 2.5 points apart (Word's
   * double border); “hairline”, each border with a hairline 0.8 points beside it; or, for the tables named in
   * `unruled`, not at all.
   */
  borders?: "single" | "double" | "hairline";
  unruled?: readonly TableId[];
  /**
   * A label under a merged heading that spans columns ((（一）予以公开, （七）总计) printed in its first column only,
   * the rest of its span an empty bordered cell, as documents drawn by hand have it.
   */
  unspannedLabels?: boolean;
};

/** A border as the style draws it: one line, or two side by side. */
function drawn([x0, y0, x1, y1]: Segment, style: PrintOptions["borders"]): Segment[] {
  if (style === undefined || style === "single") return [[x0, y0, x1, y1]];
  const [before, after] = style === "double" ? [-1.25, 1.25] : [0, 0.8];
  const vertical = x0 === x1;
  const shifted = (by: number): Segment =>
    vertical ? [x0 + by, y0 - by, x1 + by, y1 + by] : [x0 - by, y0 + by, x1 + by, y1 + by];
  return [shifted(before), shifted(after)];
}

type Row = { page: number; top: number; bottom: number };

class Pages {
  readonly pages: PdfPage[] = [];
  y = PAGE.top;

  constructor() {
    this.newPage();
  }

  get page(): PdfPage {
    return this.pages[this.pages.length - 1]!;
  }

  newPage(): void {
    if (this.pages.length > 0) this.text(`-${this.pages.length}-`, PAGE.width / 2 - 10, 40, 10);
    this.pages.push({ width: PAGE.width, height: PAGE.height, items: [], segments: [] });
    this.y = PAGE.top;
  }

  text(text: string, x: number, y: number, size: number, page = this.page): void {
    const item: TextItem = { text, x, y, width: [...text].length * size, size };
    page.items.push(item);
  }

  /** Prose wrapped at the text width, a new page when the page is full. */
  paragraph(text: string, size = PROSE, centred = false): void {
    for (const line of wrap(text, Math.floor(PAGE.textWidth / size))) {
      if (this.y - size * LINE < PAGE.bottom) this.newPage();
      this.y -= size * LINE;
      const x = centred ? PAGE.left + (PAGE.textWidth - [...line].length * size) / 2 : PAGE.left;
      this.text(line, x, this.y, size);
    }
  }
}

/** Text cut into lines of `perLine` characters. */
const wrap = (text: string, perLine: number): string[] => {
  const chars = [...text];
  const step = Math.max(1, perLine);
  const lines: string[] = [];
  for (let at = 0; at < chars.length; at += step) lines.push(chars.slice(at, at + step).join(""));
  return lines;
};

/** The pages of a report, tables cut across pages where they fall. */
export function printedPages(report: Report, options: PrintOptions = {}): PdfPage[] {
  const pages = new Pages();
  pages.paragraph(reportTitle(report.body, report.year), 18, true);
  const format = formats[report.format];
  const tables = printedTables(report);
  const parts = [
    ...format.text.map((section) => ({ title: section.title, key: section.key })),
    ...tables.map((table) => ({ title: table.title, table })),
  ].sort((a, b) => "一二三四五六".indexOf(a.title.charAt(0)) - "一二三四五六".indexOf(b.title.charAt(0)));
  for (const part of parts) {
    pages.paragraph(part.title);
    if ("table" in part) {
      if (part.table.caption) pages.paragraph(part.table.caption, TABLE);
      printTable(pages, part.table, options);
    } else for (const line of (report.text[part.key] ?? "").split("\n")) pages.paragraph(line);
  }
  pages.text("-" + String(pages.pages.length) + "-", PAGE.width / 2 - 10, 40, 10);
  return pages.pages;
}

type Placed = { row: number; col: number; rowSpan: number; colSpan: number; text: string };

function printTable(pages: Pages, table: PrintedTable, options: PrintOptions): void {
  const total = table.columnWidths.reduce((sum, width) => sum + width, 0);
  const widths = options.widths?.[table.id] ?? table.columnWidths.map((width) => (PAGE.textWidth * width) / total);
  const xs = widths.reduce((acc, width) => [...acc, acc[acc.length - 1]! + width], [PAGE.left]);
  const placed = place(table, options.label ?? ((text) => text), options.unspannedLabels ?? false);
  const widthOf = (cell: Placed) => xs[cell.col + cell.colSpan]! - xs[cell.col]!;
  const linesOf = (cell: Placed) => (cell.text === "" ? [] : wrap(cell.text, Math.floor((widthOf(cell) - 2) / TABLE)));

  // Each row as high as its tallest single-row cell; a row that does not fit goes to the next page.
  const rows: Row[] = table.rows.map((_, row) => {
    const lines = Math.max(1, ...placed.filter((c) => c.row === row && c.rowSpan === 1).map((c) => linesOf(c).length));
    const height = lines * TABLE * LINE + 6;
    if (pages.y - height < PAGE.bottom) pages.newPage();
    const top = pages.y;
    pages.y -= height;
    return { page: pages.pages.length - 1, top, bottom: pages.y };
  });
  for (const cell of placed) {
    // A merged cell cut by a page break is one box per page; its lines fill the first, then the next.
    const spanned = rows.slice(cell.row, cell.row + cell.rowSpan);
    const lines = linesOf(cell);
    for (const pageIndex of [...new Set(spanned.map((row) => row.page))]) {
      const onPage = spanned.filter((row) => row.page === pageIndex);
      const top = onPage[0]!.top;
      const bottom = onPage[onPage.length - 1]!.bottom;
      const page = pages.pages[pageIndex]!;
      const [left, right] = [xs[cell.col]!, xs[cell.col + cell.colSpan]!];
      const box: Segment[] = [
        [left, top, right, top],
        [left, bottom, right, bottom],
        [left, bottom, left, top],
        [right, bottom, right, top],
      ];
      if (!options.unruled?.includes(table.id))
        page.segments.push(...box.flatMap((side) => drawn(side, options.borders)));
      const fits = Math.max(1, Math.floor((top - bottom - 4) / (TABLE * LINE)));
      lines.splice(0, fits).forEach((line, n) => {
        pages.text(line, left + 1, top - 3 - TABLE - n * TABLE * LINE, TABLE, page);
      });
    }
  }
  pages.y -= PROSE;
}

/** Each printed cell at its place in the grid (rows list only the cells not covered by a merge above). */
function place(table: PrintedTable, label: (text: string) => string, unspanned: boolean): Placed[] {
  const columns = table.columnWidths.length;
  const covered = new Set<string>();
  const placed: Placed[] = [];
  table.rows.forEach((cells, row) => {
    let col = 0;
    for (const cell of cells) {
      while (covered.has(`${row}:${col}`) && col < columns) col++;
      const text = cell.role === "label" ? label(cell.text) : cell.text;
      if (unspanned && cell.role === "label" && col > 0 && cell.colSpan > 1) {
        placed.push({ row, col, rowSpan: cell.rowSpan, colSpan: 1, text });
        placed.push({ row, col: col + 1, rowSpan: cell.rowSpan, colSpan: cell.colSpan - 1, text: "" });
      } else placed.push({ row, col, rowSpan: cell.rowSpan, colSpan: cell.colSpan, text });
      for (let r = row; r < row + cell.rowSpan; r++)
        for (let c = col; c < col + cell.colSpan; c++) covered.add(`${r}:${c}`);
      col += cell.colSpan;
    }
  });
  return placed;
}
