import { cellsOfTable, formats, zeroReport, type FormatId, type Report } from "../../src/domain";

/** A report whose cells hold 1, 2, 3 … in table order, so a figure read one column or one row off cannot pass. */
export function distinctFigures(format: FormatId, year: number, body: string): Report {
  const report = zeroReport(format, year, body);
  let next = 1;
  for (const table of formats[format].tables) {
    for (const cell of cellsOfTable(table)) report.tables[table.id][cell.ref.key] = next++;
  }
  return report;
}
