import type { Finding } from "../domain";
import { fingerprintFinding, type Dismissal } from "../domain/dismissals";
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
 * Dismisses a warning with a person's reason: keeps the dismissal in the settings (replacing one with the same
 * fingerprint, taken from the figures as the sheet holds them) and marks the report's cells anew with `findings`, all
 * of the report's findings with this one dismissed, so its fill and note go at once. One Excel.run, two syncs.
 */
export function dismissWarning(
  sheet: ReportSheet,
  warning: Finding,
  reason: string,
  findings: readonly Finding[],
): Promise<void> {
  return hostCall(() =>
    Excel.run(async (context) => {
      const dismissals = queueSetting(context, settingKeys.dismissals, dismissalsSchema, []);
      const { reading, mark } = queueMarking(context, context.workbook.worksheets.getItem(sheet.tablesSheet), sheet);
      await context.sync();
      const fingerprint = fingerprintFinding(warning, reading().report);
      const dismissal: Dismissal = { ruleId: warning.ruleId, cells: warning.cells, reason, fingerprint };
      const others = dismissals().filter((d) => d.fingerprint !== fingerprint);
      await syncQuietly(context, () => {
        queueSettingWrite(context, settingKeys.dismissals, [...others, dismissal]);
        mark(findings);
      });
    }),
  );
}
