// zod/mini: loaded with the pane at start-up, where classic zod would cost a sixth of the initial budget.
import { z } from "zod/mini";
import type { Dismissal } from "../domain/dismissals";
import type { FormatId } from "../domain";

// What the add-in keeps in the workbook's settings, as JSON text: which sheets hold which year's report, the
// warnings people dismissed, and last year's reports people attached. Settings travel with the workbook; anything unreadable counts as absent.

export const settingKeys = {
  reports: "nianbao.reports",
  dismissals: "nianbao.dismissals",
  /** Last year's reports attached to this year's (上年报告), as report JSON: see previous-report.ts. */
  previousReports: "nianbao.previousReports",
} as const;

/** A year's report in this workbook: its format and body, and the names of its two sheets. */
export type ReportSheet = { year: number; format: FormatId; body: string; tablesSheet: string; textSheet: string };

const cellRef = z.object({ table: z.enum(["disclosure", "applications", "appeals"]), key: z.string() });

export const reportSheetsSchema: z.ZodMiniType<ReportSheet[]> = z.array(
  z.object({
    year: z.int(),
    format: z.enum(["2019", "2021"]),
    body: z.string(),
    tablesSheet: z.string(),
    textSheet: z.string(),
  }),
);

export const dismissalsSchema: z.ZodMiniType<Dismissal[]> = z.array(
  z.object({ ruleId: z.string(), cells: z.array(cellRef), reason: z.string(), fingerprint: z.string() }),
);

/** A loaded setting's value parsed by the schema; the fallback when absent, not JSON or of another shape. */
function parseSetting<T>(item: Excel.Setting, schema: z.ZodMiniType<T>, fallback: T): T {
  if (item.isNullObject) return fallback;
  const raw: unknown = item.value;
  try {
    const parsed = schema.safeParse(typeof raw === "string" ? JSON.parse(raw) : raw);
    return parsed.success ? parsed.data : fallback;
  } catch {
    // Text that is not JSON: a setting someone else wrote under our key. Treat it as absent.
    return fallback;
  }
}

/** Queues the read of a JSON setting; after the sync, call the result for the value (the fallback when unreadable). */
export function queueSetting<T>(
  context: Excel.RequestContext,
  key: string,
  schema: z.ZodMiniType<T>,
  fallback: T,
): () => T {
  const item = context.workbook.settings.getItemOrNullObject(key);
  item.load("value");
  return () => parseSetting(item, schema, fallback);
}

/** Queues the write of a JSON setting. */
export function queueSettingWrite(context: Excel.RequestContext, key: string, value: unknown): void {
  context.workbook.settings.add(key, JSON.stringify(value));
}
