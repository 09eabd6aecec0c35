import type { SectionKey, TableId } from "../model";
import { formats } from "../tables/formats";
import { labelKey } from "./tokens";

/** A part of the report outline: a prose section (一、五、六) or a table (二、三、四). */
export type PartKey = SectionKey | TableId;

export type ReportParts = {
  /** Lines before the first heading: the title, and whatever the web page put above it. */
  head: string[];
  /** Lines under each heading found, without the heading line. */
  parts: Partial<Record<PartKey, string[]>>;
};

/** Every way a heading of the outline is written, by the part it opens (from both formats' definitions). */
function headingKeys(): Map<string, PartKey> {
  const keys = new Map<string, PartKey>();
  for (const format of Object.values(formats)) {
    for (const part of [...format.text, ...format.tables]) {
      const id = "key" in part ? part.key : part.id;
      for (const title of [part.title, ...(part.titleVariants ?? [])]) keys.set(labelKey(title), id);
    }
  }
  return keys;
}

const HEADINGS = headingKeys();

/** Splits a report into its parts at the outline's headings; a heading is a line of its own, padding allowed. */
export function splitParts(text: string): ReportParts {
  const lines = text.split(/\r\n|\r|\n/);
  const starts: { part: PartKey; line: number }[] = [];
  lines.forEach((line, index) => {
    const part = HEADINGS.get(labelKey(line));
    // A heading repeated further down (quoted in prose) stays part of the text it sits in.
    if (part && !starts.some((s) => s.part === part)) starts.push({ part, line: index });
  });
  const parts: ReportParts["parts"] = {};
  starts.forEach((start, n) => {
    parts[start.part] = lines.slice(start.line + 1, starts[n + 1]?.line ?? lines.length);
  });
  return { head: lines.slice(0, starts[0]?.line ?? lines.length), parts };
}

/** The prose of a section as the report writes it: each line trimmed, no padding around the whole. */
export function proseOf(lines: readonly string[]): string {
  return lines
    .map((line) => line.trim())
    .join("\n")
    .trim();
}
