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
  const layout = layoutTablesSheet(format, report.year, report.body);
  const width = layout.columnWidths.length;
  const at = new Map(layout.cells.map((cell) => [`${cell.row}:${cell.col}`, cell]));
  const mergeAt = new Map(layout.merges.map((merge) => [`${merge.top}:${merge.left}`, merge]));
  const covered = coveredPlaces(layout.merges);

  return layout.tables.map(({ id, top, bottom }) => {
    let title = "";
    let caption: string | undefined;
    const rows: PrintedCell[][] = [];
    for (let row = top; row <= bottom; row++) {
      const first = at.get(`${row}:0`);
      if (first?.role === "heading") title = String(first.value ?? "");
      else if (first?.role === "caption") caption = String(first.value ?? "");
      else {
        const cells: PrintedCell[] = [];
        for (let col = 0; col < width; col++) {
          if (covered.has(`${row}:${col}`)) continue;
          const merge = mergeAt.get(`${row}:${col}`);
          const cell = at.get(`${row}:${col}`);
          cells.push({
            text: cell ? cellText(report, cell) : "",
            rowSpan: merge ? merge.bottom - merge.top + 1 : 1,
            colSpan: merge ? merge.right - merge.left + 1 : 1,
            role: roleOf(cell),
          });
        }
        rows.push(cells);
      }
    }
    return { id, title, caption, columnWidths: layout.columnWidths, rows };
  });
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
