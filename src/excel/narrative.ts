import { textRangeName, type NarrativeDraft, type SectionKey } from "../domain";
import { hostCall } from "./host-error";
import type { ReportSheet } from "./settings";

/** Which drafted sections went into the text sheet, and which were kept because a person had written there. */
export type NarrativeWrite = { written: SectionKey[]; kept: SectionKey[] };

/**
 * Writes drafted sections into the text sheet's prose cells: only empty ones, unless `replace`. One Excel.run, two
 * syncs (read, then write).
 */
export function writeNarrative(
  sheet: ReportSheet,
  draft: Partial<NarrativeDraft>,
  options: { replace: boolean },
): Promise<NarrativeWrite> {
  const sections = (Object.keys(draft) as SectionKey[]).filter((key) => draft[key] !== undefined);
  return hostCall(() =>
    Excel.run(async (context) => {
      const cells = sections.map((key) => {
        const range = context.workbook.names.getItem(textRangeName(sheet.year, key)).getRange();
        range.load("values");
        return { key, range };
      });
      await context.sync();
      const result: NarrativeWrite = { written: [], kept: [] };
      for (const { key, range } of cells) {
        const current: unknown = range.values[0]?.[0];
        const empty = current === undefined || current === "" || (typeof current === "string" && current.trim() === "");
        if (!empty && !options.replace) {
          result.kept.push(key);
          continue;
        }
        // The prose cells were inserted with the text format "@": a draft starting with "=" stays text.
        range.values = [[draft[key] ?? ""]];
        result.written.push(key);
      }
      await context.sync();
      return result;
    }),
  );
}
