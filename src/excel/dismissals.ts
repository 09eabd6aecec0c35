import { checkSheet, withDismissal, withoutDismissal, type Dismissal, type Finding, type Report } from "../domain";
import { oneAtATime, type CheckResult } from "./check-run";
import { inspectReport } from "./inspect";
import { runForUser, runUndoStep } from "./run";
import { dismissalsSchema, queueSetting, queueSettingWrite, settingKeys, type ReportSheet } from "./settings";

/** The warnings people dismissed in this workbook (kept in its settings). One sync. */
export function loadDismissals(): Promise<Dismissal[]> {
  return runForUser(async (context) => {
    const dismissals = queueSetting(context, settingKeys.dismissals, dismissalsSchema, []);
    await context.sync();
    return dismissals();
  });
}

/**
 * Keeps the dismissals `change` decides (undefined: none changes) in the workbook's settings and checks the report
 * with them. One Excel.run, one undo step: the first sync reads, the second writes the one setting (a single
 * operation: a failed sync cannot leave half of it). One sync when nothing changes.
 */
function changeDismissals(
  sheet: ReportSheet,
  change: (current: readonly Dismissal[], report: Report) => Dismissal[] | undefined,
): Promise<CheckResult> {
  return oneAtATime(() =>
    runUndoStep(async (context) => {
      const { input, check } = await inspectReport(context, sheet);
      const kept = change(input.dismissals, check.report);
      if (!kept) return { findings: check.findings, report: check.report };
      queueSettingWrite(context, settingKeys.dismissals, kept);
      await context.sync();
      const next = checkSheet({ ...input, dismissals: kept });
      return { findings: next.findings, report: next.report };
    }),
  );
}

/**
 * Dismisses a warning with a person's reason: keeps the dismissal in the settings (replacing one with the same
 * fingerprint, taken from the figures as the sheet holds them); the warning leaves the list at once.
 */
export function dismissWarning(sheet: ReportSheet, warning: Finding, reason: string): Promise<CheckResult> {
  return changeDismissals(sheet, (current, report) => withDismissal(current, warning, reason, report));
}

/** Takes a dismissal back: the warning counts again (listed) from this check on. */
export function restoreDismissal(sheet: ReportSheet, warning: Finding): Promise<CheckResult> {
  return changeDismissals(sheet, (current, report) => withoutDismissal(current, warning, report));
}
