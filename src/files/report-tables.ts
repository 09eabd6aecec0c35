import {
  findCell,
  formatWan,
  formats,
  layoutTablesSheet,
  type Merge,
  type Report,
  type SheetCell,
  type TableId,
} from "../domain";

// The three tables of a report as documents print them (Word, a web page): one grid per table, each cell with its
// row and column span taken from the shared sheet layout, so the merged headers are the official ones wherever
// the report is written. Pure: usable from Node and from the pane.

/** One printed cell: the top-left of its block; the places its spans cover are not listed. */
export type PrintedCell = {
  text: string;
  rowSpan: number;
  colSpan: number;
  /** header: bordered header text; label: a row label; figure: a number (input or total). */
  role: "header" | "label" | "figure";
};

/** A table ready to print: its heading (二、主动公开政府信息情况), its caption if any, and its rows of cells. */
export type PrintedTable = {
  id: TableId;
  title: string;
  caption?: string;
  /** Relative widths of the grid's columns (the layout's, in characters): one entry per column. */
  columnWidths: number[];
  rows: PrintedCell[][];
};

/** The tables of a report with its figures, merged as in the official tables. */
export function printedTables(report: Report): PrintedTable[] {
  const format = formats[report.format];
  // Printed with the proportions of the official tables, not the sheet's frozen label area (layout.ts).
  const layout = layoutTablesSheet(format, report.year, report.body, "perTable");
  const width = layout.columnWidths.length;
  const at = new Map(layout.cells.map((cell) => [`${cell.row}:${cell.col}`, cell]));
  const mergeAt = new Map(layout.merges.map((merge) => [`${merge.top}:${merge.left}`, merge]));
  const covered = coveredPlaces(layout.merges);

  return layout.tables.map(({ id, top, bottom }) => {
    let title = "";
    let caption: string | undefined;
    const gridRows: number[] = [];
    for (let row = top; row <= bottom; row++) {
      const first = at.get(`${row}:0`);
      if (first?.role === "heading") title = String(first.value ?? "");
      else if (first?.role === "caption") caption = String(first.value ?? "");
      else gridRows.push(row);
    }
    const columns = printedColumns(gridRows, width, (row, col) => {
      const top = topLeftOf(row, col);
      return top ? at.get(`${top.row}:${top.col}`) : undefined;
    });
    const rows = gridRows.map((row) => {
      const cells: PrintedCell[] = [];
      for (const col of columns) {
        if (covered.has(`${row}:${col}`)) continue;
        const merge = mergeAt.get(`${row}:${col}`);
        const cell = at.get(`${row}:${col}`);
        const colSpan = merge ? columns.filter((c) => c >= merge.left && c <= merge.right).length : 1;
        cells.push({
          text: cell ? cellText(report, cell) : "",
          rowSpan: merge ? merge.bottom - merge.top + 1 : 1,
          colSpan,
          role: roleOf(cell),
        });
      }
      return headingAcross(cells);
    });
    return { id, title, caption, columnWidths: columns.map((col) => layout.columnWidths[col] ?? 0), rows };
  });

  /** The top-left of the block covering a place: its merge's, or the place itself. */
  function topLeftOf(row: number, col: number): { row: number; col: number } | undefined {
    const merge = layout.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
    return merge ? { row: merge.top, col: merge.left } : { row, col };
  }
}

/**
 * The sheet columns a table prints: those where one of its rows has a label, a figure or a header's text. The sheet
 * gives every table the full width and a blank block in the label area beside table 四's headers; on paper the table
 * is only as wide as its own cells. A block left out on both sides of a merge keeps the columns it still covers.
 */
function printedColumns(
  rows: readonly number[],
  width: number,
  cellAt: (row: number, col: number) => SheetCell | undefined,
): number[] {
  const columns: number[] = [];
  for (let col = 0; col < width; col++) {
    const used = rows.some((row) => {
      const cell = cellAt(row, col);
      return cell !== undefined && (cell.role !== "header" || (cell.value ?? "") !== "");
    });
    if (used) columns.push(col);
  }
  return columns;
}

/**
 * A section's heading row (第二十条第（一）项) is text over the label area beside a blank header over the figures, so
 * the sheet can freeze its labels; printed, it is one cell across the table, as in the official tables.
 */
function headingAcross(cells: PrintedCell[]): PrintedCell[] {
  const [first, ...rest] = cells;
  const blankHeaders = rest.length > 0 && rest.every((cell) => cell.role === "header" && cell.text === "");
  if (!first || first.role !== "header" || first.text === "" || !blankHeaders) return cells;
  if (cells.some((cell) => cell.rowSpan > 1)) return cells;
  return [{ ...first, colSpan: cells.reduce((n, cell) => n + cell.colSpan, 0) }];
}

/** Every place inside a merged block but its top-left. */
function coveredPlaces(merges: readonly Merge[]): Set<string> {
  const places = new Set<string>();
  for (const m of merges) {
    for (let row = m.top; row <= m.bottom; row++) {
      for (let col = m.left; col <= m.right; col++) if (row !== m.top || col !== m.left) places.add(`${row}:${col}`);
    }
  }
  return places;
}

function roleOf(cell: SheetCell | undefined): PrintedCell["role"] {
  if (cell?.role === "input" || cell?.role === "total") return "figure";
  return cell?.role === "label" ? "label" : "header";
}

/**
 * A header's text, or a figure as the report holds it (a blank stays blank). Money goes in 万元; where the official
 * header names no unit (2019 采购总金额) the unit is written in the cell, as published reports do (“850万元”).
 */
function cellText(report: Report, cell: SheetCell): string {
  if (!cell.ref) return String(cell.value ?? "");
  const value = report.tables[cell.ref.table][cell.ref.key];
  if (value === undefined) return "";
  const def = findCell(formats[report.format], cell.ref);
  const unitInHeader = def?.column.label.includes("万元") ?? false;
  return def?.kind === "money" && !unitInHeader ? `${formatWan(value)}万元` : formatWan(value);
}
