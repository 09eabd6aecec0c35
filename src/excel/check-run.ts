import { findCell, foldEchoes, formats, refId, type CellRef, type Finding, type Report } from "../domain";
import type { Dismissal } from "../domain/dismissals";
import { withComputedTotals } from "./computed-totals";
import { findingsOf, inspectReport } from "./inspect";
import { planMarks } from "./mark-findings";
import { queueUnprotected, syncQuietly } from "./quiet-writes";
import type { SheetReading } from "./read-report";
import { settingKeys, queueSettingWrite, type ReportSheet } from "./settings";
import { validationAlerts } from "./strings.zh-CN";
import { numberFormats, validationRules } from "./template-style";
import { brokenTotals } from "./total-formulas";

// One check of a report inside an Excel.run, shared by every action that checks (an edit, 一键校验, a quick fix, a
// dismissal and its return): the first sync reads the figures with their fills and notes, the settings and last
// year's report; then totals typed over get their formulas back, the action's own changes apply, the report is
// checked as Excel will compute it, and a second sync writes only what differs. Nothing to write: one sync.

/** What an action changes besides the marks, decided from what the first sync read. */
export type CheckChanges = {
  /** Figures to write into input cells (quick fixes), by refId. */
  figures?: (reading: SheetReading) => Map<string, number>;
  /** The dismissals to keep from now on (undefined: unchanged), given the report as checked. */
  dismissals?: (current: readonly Dismissal[], report: Report) => Dismissal[] | undefined;
};

/** A check's outcome: every finding (dismissed ones flagged), the totals put back and the report as checked. */
export type CheckResult = { findings: Finding[]; restoredTotals: CellRef[]; report: Report; reading: SheetReading };

const splitId = (id: string): CellRef => {
  const [table = "", key = ""] = id.split(/:(.*)/s);
  return { table: table as CellRef["table"], key };
};

let chain: Promise<unknown> = Promise.resolve();

/**
 * Runs workbook actions that read and then write the report one at a time, in the order asked: an edit's check that
 * arrives while 一键校验 runs waits for it, then reads the sheet as 一键校验 left it, so its outcome, the last one, has
 * every edit and the marks match it.
 */
export function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const next = chain.then(task, task);
  chain = next.catch(() => undefined);
  return next;
}

/** Checks the report and writes what the check changes, in the caller's Excel.run: one sync, or two with writes. */
export async function checkAndMark(
  context: Excel.RequestContext,
  sheet: ReportSheet,
  changes: CheckChanges = {},
): Promise<CheckResult> {
  const { tables, reading, previous, dismissals, protection, marking } = await inspectReport(context, sheet);
  const { layout } = marking;
  const broken = brokenTotals(layout, reading.cells);
  const figures = changes.figures?.(reading) ?? new Map<string, number>();
  const rewritten = new Set([...broken.map((total) => refId(total.ref)), ...figures.keys()]);
  // What was typed over a total, or is being replaced by a quick fix, is gone: no reading finding for it.
  const readFindings = reading.findings.filter((f) => !f.cells.every((cell) => rewritten.has(refId(cell))));
  const typed = structuredClone(reading.report);
  for (const [id, value] of figures) {
    const ref = splitId(id);
    typed.tables[ref.table][ref.key] = value;
  }
  const totals = new Set(
    layout.cells.flatMap((cell) =>
      cell.ref && cell.role === "total" && reading.cells.has(refId(cell.ref)) ? [refId(cell.ref)] : [],
    ),
  );
  const report = withComputedTotals(typed, layout, totals);
  const kept = changes.dismissals?.(dismissals, report);
  const findings = findingsOf(report, readFindings, previous, kept ?? dismissals, totals);

  const writes: (() => void)[] = [];
  for (const total of broken) writes.push(() => (tables.getCell(total.row, total.col).formulas = [[total.formula]]));
  for (const [id, value] of figures) {
    const found = reading.cells.get(id);
    const def = findCell(formats[sheet.format], splitId(id));
    if (found && def) writes.push(() => queueFigure(tables.getCell(found.row, found.col), value, def.kind));
  }
  if (kept) writes.push(() => queueSettingWrite(context, settingKeys.dismissals, kept));
  // Marks go on the cells to change: an imbalance echoed in the 总计 column paints the figure's cells, not the totals.
  writes.push(...planMarks(tables, marking, reading.cells, foldEchoes(formats[sheet.format], findings)));
  if (writes.length > 0) {
    await syncQuietly(context, () => queueUnprotected(tables, protection, () => writes.forEach((write) => write())));
  }
  return { findings, restoredTotals: broken.map((total) => total.ref), report, reading };
}

/** Writes a number into a figure cell with the template's number format and data validation (a paste replaced them). */
function queueFigure(range: Excel.Range, value: number, kind: keyof typeof numberFormats): void {
  range.numberFormat = [[numberFormats[kind]]];
  range.values = [[value]];
  range.dataValidation.clear();
  range.dataValidation.rule = validationRules[kind];
  range.dataValidation.errorAlert = { showAlert: true, style: "Stop", ...validationAlerts[kind] };
}
