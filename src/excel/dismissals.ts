import type { Finding } from "../domain";
import { fingerprintFinding, type Dismissal } from "../domain/dismissals";
import { checkAndMark, oneAtATime, type CheckResult } from "./check-run";
import { hostCall } from "./host-error";
import { dismissalsSchema, queueSetting, settingKeys, type ReportSheet } from "./settings";

/** The warnings people dismissed in this workbook (kept in its settings). One sync. */
export function loadDismissals(): Promise<Dismissal[]> {
  return hostCall(() =>
    Excel.run(async (context) => {
      const dismissals = queueSetting(context, settingKeys.dismissals, dismissalsSchema, []);
      await context.sync();
      return dismissals();
    }),
  );
}

/**
 * Dismisses a warning with a person's reason: keeps the dismissal in the settings (replacing one with the same
 * fingerprint, taken from the figures as the sheet holds them) and checks and marks the report anew, so its fill and
 * note go at once. One Excel.run, two syncs.
 */
export function dismissWarning(sheet: ReportSheet, warning: Finding, reason: string): Promise<CheckResult> {
  return oneAtATime(() =>
    hostCall(() =>
      Excel.run((context) =>
        checkAndMark(context, sheet, {
          dismissals: (current, report) => {
            const fingerprint = fingerprintFinding(warning, report);
            const dismissal: Dismissal = { ruleId: warning.ruleId, cells: warning.cells, reason, fingerprint };
            return [...current.filter((d) => d.fingerprint !== fingerprint), dismissal];
          },
        }),
      ),
    ),
  );
}

/**
 * Takes a dismissal back: the warning counts again (listed, filled and noted) from this check on. One Excel.run, two
 * syncs (one when no dismissal matched).
 */
export function restoreDismissal(sheet: ReportSheet, warning: Finding): Promise<CheckResult> {
  return oneAtATime(() =>
    hostCall(() =>
      Excel.run((context) =>
        checkAndMark(context, sheet, {
          dismissals: (current, report) => {
            const fingerprint = fingerprintFinding(warning, report);
            const rest = current.filter((d) => d.fingerprint !== fingerprint);
            return rest.length === current.length ? undefined : rest;
          },
        }),
      ),
    ),
  );
}
