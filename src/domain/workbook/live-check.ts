import { refId } from "../cells";
import { checkReport } from "../check-report";
import { applyDismissals, type Dismissal } from "../dismissals";
import { foldEchoes } from "../group-findings";
import { layoutTablesSheet } from "../layout/layout";
import type { SheetLayout } from "../layout/sheet";
import type { Finding, Report } from "../model";
import { formats } from "../tables/formats";
import { isFormula, readSheetValues, type SheetOf, type SheetReading, type SheetValues } from "./sheet-cells";
import { brokenTotals } from "./total-formulas";

// One check of a report as a spreadsheet holds it, host-neutral: the values read in, the findings out, folded once
// (an imbalance echoed along a total column is one finding). Every path that checks (an edit, 一键校验, a quick fix, a
// dismissal) comes through here, so the pane lists the same findings whichever way it got them.

/** What a check needs: the report's entry, what its sheets hold, last year's report when present, the dismissals. */
export type SheetCheckInput = {
  sheet: SheetOf;
  values: SheetValues;
  previous?: Report | undefined;
  dismissals: readonly Dismissal[];
};

/** Every finding (folded, dismissed warnings flagged), the report as the spreadsheet computes it, and the reading. */
export type SheetCheck = { findings: Finding[]; report: Report; reading: SheetReading };

// Layouts are never changed once built; keeping them spares the edit watcher a rebuild on every keystroke, and keeps
// the layout lookups' per-layout index warm.
const layouts = new Map<string, SheetLayout>();

/** The tables sheet's layout for a report entry (positions as inserted; names say where cells are now). */
export function layoutOf(sheet: SheetOf): SheetLayout {
  const key = JSON.stringify([sheet.format, sheet.year, sheet.body]);
  let layout = layouts.get(key);
  if (!layout) layouts.set(key, (layout = layoutTablesSheet(formats[sheet.format], sheet.year, sheet.body)));
  return layout;
}

/**
 * A total that no longer holds its formula: an error of its own, with 恢复公式 as its quick fix. The add-in never puts
 * the formula back by itself (that write would be a step in the person's undo history they did not take).
 */
function lostFormula(reading: SheetReading, sheet: SheetOf): Finding[] {
  return brokenTotals(layoutOf(sheet), reading.cells).map((total) => {
    const found = reading.cells.get(refId(total.ref));
    const value = found?.value;
    return {
      ruleId: "cell.formula",
      severity: "error",
      code: "cell.formulaLost",
      cells: [total.ref],
      ...(typeof value === "number" ? { actual: value } : {}),
      ...(typeof value === "string" && value !== "" ? { quote: value } : {}),
    };
  });
}

/** Checks the report the values make: figures and prose, last year's ties, dismissals, totals that lost formulas. */
export function checkSheet(input: SheetCheckInput): SheetCheck {
  const { sheet, values, previous, dismissals } = input;
  const reading = readSheetValues(sheet, values);
  const lost = lostFormula(reading, sheet);
  const lostIds = new Set(lost.flatMap((f) => f.cells.map(refId)));
  // Cells that hold formulas get no value findings (what they sum has them); a total typed over gets one finding, its
  // lost formula, not a second one saying it no longer adds up.
  const formulaCells = new Set([...reading.cells].flatMap(([id, cell]) => (isFormula(cell.formula) ? [id] : [])));
  const findings = checkReport(reading.report, {
    readFindings: [...lost, ...reading.findings],
    ...(previous ? { previous } : {}),
  })
    .filter((f) => f.ruleId !== "cell.value" || !f.cells.every((cell) => formulaCells.has(refId(cell))))
    .filter(
      (f) =>
        (f.code !== "sum.mismatch" && f.code !== "side.blank") ||
        !lostIds.has(refId(f.cells[0] ?? { table: "disclosure", key: "" })),
    );
  const format = formats[sheet.format];
  return {
    findings: foldEchoes(format, applyDismissals(findings, dismissals, reading.report)),
    report: reading.report,
    reading,
  };
}
