import { cellsOfTable } from "./cells";
import type { FormatId, Report, TableId, TableValues } from "./model";
import { formats } from "./tables/formats";

/** A report of the given format with every cell blank and no prose. */
export function emptyReport(format: FormatId, year: number, body: string): Report {
  const tables = Object.fromEntries(formats[format].tables.map((t) => [t.id, {}])) as Record<TableId, TableValues>;
  return { format, year, body, tables, text: {} };
}

/** A report of the given format with every cell 0, the starting point of a consistent report. */
export function zeroReport(format: FormatId, year: number, body: string): Report {
  const report = emptyReport(format, year, body);
  for (const table of formats[format].tables) {
    for (const cell of cellsOfTable(table)) report.tables[table.id][cell.ref.key] = 0;
  }
  return report;
}
