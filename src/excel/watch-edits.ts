import type { Finding, Report } from "../domain";
import { oneAtATime } from "./check-run";
import { hostCall, toHostError } from "./host-error";
import { inspectReport } from "./inspect";
import { onReportSheets } from "./report-sheets";
import { runForUser } from "./run";
import type { ReportSheet } from "./settings";

/**
 * What one look at the report found: every finding now (folded once, dismissed warnings flagged), the report as the
 * sheet computes it, and the report's entry as found (its sheets' current names).
 */
export type EditCheck = { findings: Finding[]; report: Report; sheet: ReportSheet };

/** How long the watcher lets the events of one burst arrive before it reads the sheet once for all of them. */
const BURST_MS = 20;

/** Reads the report once and checks it; writes nothing. One Excel.run, one sync. */
function checkOnce(sheet: ReportSheet): Promise<EditCheck> {
  return oneAtATime(() =>
    runForUser(async (context) => {
      const { check, sheet: found } = await inspectReport(context, sheet);
      return { findings: check.findings, report: check.report, sheet: found };
    }),
  );
}

/**
 * Keeps the pane's list current: reads and checks the report after every edit of its tables sheet or its prose
 * sheet, and whenever either sheet is activated, and calls `onFindings` with the result; host failures go to
 * `onError` as HostError. The first check runs at once, on the sheet as it is (edits made while the pane was closed
 * included). Returns the function that stops watching.
 *
 * It never writes: the marks are the sheet's conditional formats, painted by Excel (and WPS, LibreOffice) at
 * recalculation, so an edit stays the person's own step in their undo history. A coauthor's edit (source "Remote")
 * refreshes the list like any other. Excel does not send onChanged for every edit (office-js issues #3729, #1110,
 * #3888, #1760: text to columns, some fills, validation drop-downs, rapid edits), hence the look on activation, and
 * 一键校验 reads the sheet anew before it answers.
 */
export async function watchEdits(
  sheet: ReportSheet,
  onFindings: (result: EditCheck) => void,
  onError?: (error: unknown) => void,
): Promise<() => Promise<void>> {
  let current = sheet;
  let queue: Promise<void> = Promise.resolve();
  // A look that has not started yet reads the sheet as every edit before it left it: more edits need no look of their
  // own. It starts once the events of one burst are in (Excel raises one per write: a paste, a quick fix's cells
  // where no triggerSource says they were the add-in's own).
  let waiting: Promise<void> | undefined;
  const check = (): Promise<void> => {
    if (waiting) return waiting;
    const step = queue
      .then(() => new Promise((resolve) => setTimeout(resolve, BURST_MS)))
      .then(() => {
        waiting = undefined;
        // A sheet renamed since is found again through its cell names, and checked under its new name from then on.
        return onReportSheets(current, checkOnce);
      })
      .then(({ result }) => {
        current = result.sheet;
        onFindings(result);
      });
    queue = step.catch(() => undefined);
    const reported = onError ? step.catch((error: unknown) => onError(toHostError(error))) : step;
    waiting = reported;
    return reported;
  };
  // triggerSource is ExcelApi 1.14: the add-in's own writes (a quick fix, which reads its outcome itself) are skipped
  // where the host says so; elsewhere they cost one more read, nothing else.
  const onChanged = (args: Excel.WorksheetChangedEventArgs): Promise<void> =>
    args.triggerSource === "ThisLocalAddin" ? Promise.resolve() : check();
  // Activation is watched on the workbook's sheets (worksheets.onActivated, ExcelApi 1.7), for the report's two.
  const reportSheetIds = new Set<string>();
  const onActivated = (args: Excel.WorksheetActivatedEventArgs): Promise<void> =>
    reportSheetIds.has(args.worksheetId) ? check() : Promise.resolve();
  // The prose sheet is watched too; a report without one is fine.
  const registered = await onReportSheets(sheet, (entry) =>
    runForUser(async (context) => {
      const sheets = context.workbook.worksheets;
      const tables = sheets.getItem(entry.tablesSheet).load("id");
      const handlers = [tables.onChanged.add(onChanged), sheets.onActivated.add(onActivated)];
      const textSheet = sheets.getItemOrNullObject(entry.textSheet).load("id");
      await context.sync();
      reportSheetIds.add(tables.id);
      if (textSheet.isNullObject) return handlers;
      reportSheetIds.add(textSheet.id);
      handlers.push(textSheet.onChanged.add(onChanged));
      await context.sync();
      return handlers;
    }),
  );
  current = registered.sheet;
  // The sheet as it is now, edits made while nobody watched (the pane closed) included.
  await check().catch(() => undefined);
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
