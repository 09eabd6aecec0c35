import { refId, type CellRef, type Finding, type Report, type SheetLayout } from "../domain";
import { blockOf, blockOfAddress, overlaps } from "./blocks";
import { hostCall, toHostError } from "./host-error";
import { findingsOf, inspectReport, withRestoredTotals } from "./inspect";
import { queueMarks } from "./mark-findings";
import { queueUnprotected, syncQuietly } from "./quiet-writes";
import type { FoundCell } from "./read-report";
import { onReportSheets } from "./report-sheets";
import type { ReportSheet } from "./settings";
import { brokenTotals } from "./total-formulas";

/**
 * What one edit of the tables sheet led to: every finding now (dismissed warnings flagged), the totals put back, the
 * figure cells edited, the report as checked (restored totals included), for dismissing a warning, and the report's
 * entry as found (its sheets' current names).
 */
export type EditCheck = {
  findings: Finding[];
  restoredTotals: CellRef[];
  edited: CellRef[];
  report: Report;
  sheet: ReportSheet;
};

/** The figure cells an event's address covers, where the names say they are now; none for row insertions. */
function editedRefs(
  args: Excel.WorksheetChangedEventArgs,
  layout: SheetLayout,
  cells: ReadonlyMap<string, FoundCell>,
): CellRef[] {
  if (args.changeType === "RowInserted" || args.changeType === "RowDeleted") return [];
  const edit = blockOfAddress(args.address);
  if (!edit) return [];
  return layout.cells.flatMap((cell) => {
    const found = cell.ref ? cells.get(refId(cell.ref)) : undefined;
    if (!cell.ref || !found) return [];
    const { rows, cols } = blockOf(layout, cell);
    return overlaps(edit, { row: found.row, col: found.col, rows, cols }) ? [cell.ref] : [];
  });
}

/**
 * One check after an edit, in one Excel.run with two syncs: read everything through the names, put back total
 * formulas that were typed over, check the report (with last year's when present), and mark the cells.
 */
function checkEdit(sheet: ReportSheet, args: Excel.WorksheetChangedEventArgs): Promise<EditCheck> {
  return hostCall(() =>
    Excel.run(async (context) => {
      const { tables, reading, previous, dismissals, protection, marking } = await inspectReport(context, sheet);
      const { layout } = marking;
      const broken = brokenTotals(layout, reading.cells);
      const restored = new Set(broken.map((total) => refId(total.ref)));
      // What was typed over a total is gone once the formula is back: no reading finding for it.
      const readFindings = reading.findings.filter((f) => !f.cells.every((cell) => restored.has(refId(cell))));
      const report = withRestoredTotals(reading.report, broken);
      const findings = findingsOf(report, readFindings, previous, dismissals);
      await syncQuietly(context, () =>
        queueUnprotected(tables, protection, () => {
          for (const total of broken) tables.getCell(total.row, total.col).formulas = [[total.formula]];
          queueMarks(tables, marking, reading.cells, findings);
        }),
      );
      const edited = editedRefs(args, layout, reading.cells);
      return { findings, restoredTotals: broken.map((t) => t.ref), edited, report, sheet };
    }),
  );
}

/**
 * Checks the report after every edit of its tables sheet and calls `onFindings` with the result; host failures go
 * to `onError` as HostError. The add-in's own writes are ignored. Returns the function that stops watching.
 */
export async function watchEdits(
  sheet: ReportSheet,
  onFindings: (result: EditCheck) => void,
  onError?: (error: unknown) => void,
): Promise<() => Promise<void>> {
  // One check at a time, in the order of the edits: each reads the sheet as the previous one left it.
  let current = sheet;
  let queue: Promise<void> = Promise.resolve();
  const handler = (args: Excel.WorksheetChangedEventArgs): Promise<void> => {
    // triggerSource is ExcelApi 1.14; where it is missing, enableEvents = false keeps our writes silent anyway.
    if (args.triggerSource === "ThisLocalAddin") return Promise.resolve();
    // A sheet renamed since is found again through its cell names, and checked under its new name from then on.
    const step = queue
      .then(() => onReportSheets(current, (entry) => checkEdit(entry, args)))
      .then(({ result }) => {
        current = result.sheet;
        onFindings(result);
      });
    queue = step.catch(() => undefined);
    return onError ? step.catch((error: unknown) => onError(toHostError(error))) : step;
  };
  const registered = await onReportSheets(sheet, (entry) =>
    hostCall(() =>
      Excel.run(async (context) => {
        const result = context.workbook.worksheets.getItem(entry.tablesSheet).onChanged.add(handler);
        await context.sync();
        return result;
      }),
    ),
  );
  current = registered.sheet;
  const registration = registered.result;
  return () =>
    hostCall(() =>
      Excel.run(registration.context, async (context) => {
        registration.remove();
        await context.sync();
      }),
    );
}
