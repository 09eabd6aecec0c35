import { cellsOfTable, refId } from "../cells";
import type { Finding, Report } from "../model";
import { formats, type FormatDef } from "../tables/formats";
import { valueAt } from "../values";
import { ruleInstances } from "./instances";
import { ruleKinds } from "./kinds";

// A report with no figure in it (a template nobody filled in) is not a pass: every rule holds on blanks, so without
// this finding a blank template would check clean. The totals the sheet computes read as 0 in a blank template, so
// they count only when one of them is not 0.

const computedByFormat = new WeakMap<FormatDef, ReadonlySet<string>>();

/** The cells a template computes: the left cell of every instance of a rule kind that computes it (the totals). */
function computedCells(format: FormatDef): ReadonlySet<string> {
  let cells = computedByFormat.get(format);
  if (!cells) {
    cells = new Set(
      ruleInstances(format).flatMap((instance) =>
        ruleKinds[instance.rule.kind].computesLeft && instance.left.length === 1
          ? instance.left.map((term) => refId(term.cell))
          : [],
      ),
    );
    computedByFormat.set(format, cells);
  }
  return cells;
}

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
