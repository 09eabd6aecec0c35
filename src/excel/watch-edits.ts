import { refId, type CellRef, type Finding, type Report, type SheetLayout } from "../domain";
import { blockOf, blockOfAddress, overlaps } from "./blocks";
import { checkAndMark, oneAtATime } from "./check-run";
import { hostCall, toHostError } from "./host-error";
import { layoutOf } from "./mark-findings";
import type { FoundCell } from "./read-report";
import { onReportSheets } from "./report-sheets";
import type { ReportSheet } from "./settings";

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
 * One check after an edit, in one Excel.run: read everything through the names, put back total formulas that were
 * typed over, check the report as Excel computes it (with last year's when present), and mark the cells. One sync
 * when nothing changes in the sheet, two otherwise.
 */
function checkEdit(sheet: ReportSheet, args: Excel.WorksheetChangedEventArgs | undefined): Promise<EditCheck> {
  return oneAtATime(() =>
    hostCall(() =>
      Excel.run(async (context) => {
        const { findings, restoredTotals, report, reading } = await checkAndMark(context, sheet);
        const edited = args ? editedRefs(args, layoutOf(sheet), reading.cells) : [];
        return { findings, restoredTotals, edited, report, sheet };
      }),
    ),
  );
}

/**
 * Checks the report after every edit of its tables sheet or its prose sheet and calls `onFindings` with the result; host failures go
 * to `onError` as HostError. The add-in's own writes are ignored. The first check runs at once, on the sheet as it is
 * (edits made while the pane was closed included). Returns the function that stops watching.
 */
export async function watchEdits(
  sheet: ReportSheet,
  onFindings: (result: EditCheck) => void,
  onError?: (error: unknown) => void,
): Promise<() => Promise<void>> {
  // One check at a time, in the order of the edits: each reads the sheet as the previous one left it.
  let current = sheet;
  let queue: Promise<void> = Promise.resolve();
  // An edit of the prose sheet has no figure cells: it is checked as a whole, with nothing edited to name.
  const check = (args: Excel.WorksheetChangedEventArgs | undefined): Promise<void> => {
    const onTables = args && args.worksheetId !== textSheetId ? args : undefined;
    // A sheet renamed since is found again through its cell names, and checked under its new name from then on.
    const step = queue
      .then(() => onReportSheets(current, (entry) => checkEdit(entry, onTables)))
      .then(({ result }) => {
        current = result.sheet;
        onFindings(result);
      });
    queue = step.catch(() => undefined);
    return onError ? step.catch((error: unknown) => onError(toHostError(error))) : step;
  };
  const handler = (args: Excel.WorksheetChangedEventArgs): Promise<void> =>
    // triggerSource is ExcelApi 1.14; where it is missing, enableEvents = false keeps our writes silent anyway.
    args.triggerSource === "ThisLocalAddin" ? Promise.resolve() : check(args);
  // The prose sheet is watched too (its checks run on every edit of either); a report without one is fine.
  let textSheetId: string | undefined;
  const registered = await onReportSheets(sheet, (entry) =>
    hostCall(() =>
      Excel.run(async (context) => {
        const tables = context.workbook.worksheets.getItem(entry.tablesSheet).onChanged.add(handler);
        const textSheet = context.workbook.worksheets.getItemOrNullObject(entry.textSheet).load("id");
        await context.sync();
        if (textSheet.isNullObject) return [tables];
        textSheetId = textSheet.id;
        const text = textSheet.onChanged.add(handler);
        await context.sync();
        return [tables, text];
      }),
    ),
  );
  current = registered.sheet;
  // The sheet as it is now, edits made while nobody watched (the pane closed) included.
  await check(undefined).catch(() => undefined);
  const [first, ...more] = registered.result;
  if (!first) return () => Promise.resolve();
  return () =>
    hostCall(() =>
      Excel.run(first.context, async (context) => {
        for (const registration of [first, ...more]) registration.remove();
        await context.sync();
      }),
    );
}
