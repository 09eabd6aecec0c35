import { cellsOfTable, refId } from "../cells";
import type { Finding, Report } from "../model";
import { formats } from "../tables/formats";
import { valueAt } from "../values";
import { computedCells } from "./computed-cells";

// A report with no figure in it (a template nobody filled in) is not a pass: every rule holds on blanks, so without
// this finding a blank template would check clean. The totals the sheet computes read as 0 in a blank template, so
// they count only when one of them is not 0.

/** report.noFigures: no cell holds a figure anyone entered, and every computed total is blank or 0. */
export function checkHasFigures(report: Report): Finding[] {
  const format = formats[report.format];
  const computed = computedCells(format);
  const hasFigure = format.tables.some((table) =>
    cellsOfTable(table).some((cell) => {
      const value = valueAt(report, cell.ref);
      return value !== undefined && (!computed.has(refId(cell.ref)) || value !== 0);
    }),
  );
  return hasFigure ? [] : [{ ruleId: "report.figures", severity: "error", code: "report.noFigures", cells: [] }];
}
