import { cellsOfTable, refId } from "../cells";
import type { CellRef, Finding, Report } from "../model";
import { formats, type FormatDef } from "../tables/formats";
import { valueAt } from "../values";
import { computedCells } from "./computed-cells";

// A report with no figure in it (a template nobody filled in) is not a pass: every rule holds on blanks, so without
// this finding a blank template would check clean. The totals the sheet computes read as 0 in a blank template, so
// they count only when one of them is not 0.

/** Each cell of a format, and whether the sheet computes it: looked up once per format, not once per check. */
const cellsByFormat = new WeakMap<FormatDef, readonly { ref: CellRef; computed: boolean }[]>();

function cellsToScan(format: FormatDef): readonly { ref: CellRef; computed: boolean }[] {
  let cells = cellsByFormat.get(format);
  if (!cells) {
    const computed = computedCells(format);
    cells = format.tables.flatMap((table) =>
      cellsOfTable(table).map(({ ref }) => ({ ref, computed: computed.has(refId(ref)) })),
    );
    cellsByFormat.set(format, cells);
  }
  return cells;
}

/** report.noFigures: no cell holds a figure anyone entered, and every computed total is blank or 0. */
export function checkHasFigures(report: Report): Finding[] {
  for (const { ref, computed } of cellsToScan(formats[report.format])) {
    const value = valueAt(report, ref);
    if (value !== undefined && (!computed || value !== 0)) return [];
  }
  return [{ ruleId: "report.figures", severity: "error", code: "report.noFigures", cells: [] }];
}
