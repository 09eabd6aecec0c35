import type { Finding } from "../domain";
import type { Dismissal } from "../domain/dismissals";
import { hostCall } from "./host-error";
import { queueMarking } from "./mark-findings";
import { syncQuietly } from "./quiet-writes";
import { dismissalsSchema, queueSetting, queueSettingWrite, settingKeys, type ReportSheet } from "./settings";

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
 * Dismisses a warning: keeps the dismissal in the settings (replacing one with the same fingerprint) and marks the report's cells anew with the findings as
 * they now stand (the dismissed warning's fill and note go). One Excel.run, two syncs.
 */
export function dismissWarning(sheet: ReportSheet, dismissal: Dismissal, findings: readonly Finding[]): Promise<void> {
  return hostCall(() =>
    Excel.run(async (context) => {
      const dismissals = queueSetting(context, settingKeys.dismissals, dismissalsSchema, []);
      const mark = queueMarking(context, context.workbook.worksheets.getItem(sheet.tablesSheet), sheet);
      await context.sync();
      const others = dismissals().filter((d) => d.fingerprint !== dismissal.fingerprint);
      await syncQuietly(context, () => {
        queueSettingWrite(context, settingKeys.dismissals, [...others, dismissal]);
        mark(findings);
      });
    }),
  );
}
