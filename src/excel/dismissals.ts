import type { Dismissal } from "../domain/dismissals";
import { hostCall } from "./host-error";
import { dismissalsSchema, queueSetting, queueSettingWrite, settingKeys } from "./settings";

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

/** Keeps a dismissal in the workbook's settings, replacing one with the same fingerprint. Two syncs. */
export function saveDismissal(dismissal: Dismissal): Promise<void> {
  return hostCall(() =>
    Excel.run(async (context) => {
      const dismissals = queueSetting(context, settingKeys.dismissals, dismissalsSchema, []);
      await context.sync();
      const others = dismissals().filter((d) => d.fingerprint !== dismissal.fingerprint);
      queueSettingWrite(context, settingKeys.dismissals, [...others, dismissal]);
      await context.sync();
    }),
  );
}
