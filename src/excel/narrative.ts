import { textRangeName, type NarrativeDraft, type SectionKey } from "../domain";
import { settle, syncWrites } from "./put-back";
import { runUndoStep } from "./run";
import type { ReportSheet } from "./settings";

/** Which drafted sections went into the text sheet, and which were kept because a person had written there. */
export type NarrativeWrite = { written: SectionKey[]; kept: SectionKey[] };

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "");

/**
 * Writes drafted sections into the text sheet's prose cells: only empty ones, unless `replace`. One Excel.run, one
 * undo step, two syncs (read, then write); a failed write puts the prose back as it was.
 */
export async function writeNarrative(
  sheet: ReportSheet,
  draft: Partial<NarrativeDraft>,
  options: { replace: boolean },
): Promise<NarrativeWrite> {
  const sections = (Object.keys(draft) as SectionKey[]).filter((key) => draft[key] !== undefined);
  const attempt = await runUndoStep(async (context) => {
    const cells = sections.map((key) => {
      const range = context.workbook.names.getItem(textRangeName(sheet.year, key)).getRange();
      range.load("values");
      return { key, range };
    });
    await context.sync();
    const result: NarrativeWrite = { written: [], kept: [] };
    const before: { name: string; before: unknown }[] = [];
    for (const { key, range } of cells) {
      const current: unknown = range.values[0]?.[0];
      if (!isEmpty(current) && !options.replace) {
        result.kept.push(key);
        continue;
      }
      // The prose cells were inserted with the text format "@": a draft starting with "=" stays text.
      range.values = [[draft[key] ?? ""]];
      before.push({ name: textRangeName(sheet.year, key), before: current ?? "" });
      result.written.push(key);
    }
    if (before.length === 0) return { ok: true as const, result };
    const undo = { cells: before, as: "values" as const };
    return syncWrites(context, undo, () => result);
  });
  return settle(attempt);
}
