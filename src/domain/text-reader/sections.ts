import type { SectionKey, TableId } from "../model";
import { formats } from "../tables/formats";
import { isTitleLine } from "./detect";
import { editDistance, tolerance } from "./label-variants";
import { firstVisible } from "./page-number";
import { labelKey, labelsOfTable } from "./tokens";

/** A part of the report outline: a prose section (一、五、六) or a table (二、三、四). */
export type PartKey = SectionKey | TableId;

export type ReportParts = {
  /** Lines before the first heading: the title, and whatever the web page put above it. */
  head: string[];
  /** Lines under each heading found, without the heading line. */
  parts: Partial<Record<PartKey, string[]>>;
  /** Headings read as an official one they do not match verbatim (“一、总体概述”). */
  variants: { written: string; heading: string }[];
  /** The first line of a second report in the same text, which is not read. */
  second?: string;
};

const OUTLINE: readonly PartKey[] = ["overview", "disclosure", "applications", "appeals", "problems", "other"];

type Heading = { key: string; title: string; part: PartKey };

/** Every way a heading of the outline is written, from both formats' definitions. */
const HEADINGS: readonly Heading[] = Object.values(formats).flatMap((format) =>
  [...format.text, ...format.tables].flatMap((part) =>
    [part.title, ...(part.titleVariants ?? [])].map((title) => ({
      key: labelKey(title),
      title: part.title,
      part: "key" in part ? part.key : part.id,
    })),
  ),
);
const EXACT = new Map(HEADINGS.map((heading) => [heading.key, heading]));

/** A heading's number as a report may write it instead of the official one: “一、”, “（一）”, “表一”, “1.”, or none. */
const NUMBERING =
  /^(?:[一二三四五六七八九十]{1,2}、|\([一二三四五六七八九十]{1,2}\)|附?表[一二三四五六七八九十0-9]{0,2}[、.:]?|[0-9]{1,2}[.、])?/u;
/** Each heading by its words without its number (“主动公开政府信息情况”), for a report that numbers its parts otherwise. */
const BY_WORDS = new Map(HEADINGS.map((heading) => [heading.key.replace(NUMBERING, ""), heading]));
/** The characters a heading line may start with: a Chinese number, 表, or the first of a heading's words. */
const FIRST_CHARS = new Set([..."一二三四五六七八九十表附", ...[...BY_WORDS.keys()].map((key) => key[0] ?? "")]);

/**
 * Whether a line may be a heading, by its first characters: most lines of a report (figures, prose) are passed over
 * without normalizing them. A bracket or a digit starts a heading only as a number: “（一）”, “1.”, “1、”.
 */
function mayBeHeading(line: string): boolean {
  const first = firstVisible(line);
  if (FIRST_CHARS.has(first)) return true;
  const second = line[line.indexOf(first) + 1] ?? "";
  if (first === "(" || first === "（") return second !== "" && "一二三四五六七八九十".includes(second);
  return first >= "0" && first <= "9" && (second === "." || second === "、" || second === "．");
}

/** Row labels that look like headings (“二、上年结转政府信息公开申请数量”) are never read as one. */
const TABLE_LABELS = new Set(Object.values(formats).flatMap((f) => f.tables.flatMap(labelsOfTable).map(labelKey)));

/** A heading is short; a longer line is prose. */
const MAX_HEADING = 40;
/** Words a heading may have in addition (“五、政府信息公开工作存在的主要问题及改进情况”). */
const MAX_INSERTED = 10;
/** Characters a heading may lack (“六、其他需报告的事项”); more would take a sub-heading of section 一 for one. */
const MAX_DELETED = 3;

function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const char of long) if (char === short[at]) at += 1;
  return at === short.length;
}

/** A heading key without the enumeration commas inside it (“行政复议、行政诉讼” and “行政复议行政诉讼” alike). */
const bare = (key: string): string => key.slice(0, 2) + key.slice(2).replace(/[、,]/gu, "");

/** How far a written heading is from an official one, or undefined when too far to be it. */
function headingDistance(written: string, official: string): number | undefined {
  const [w, o] = [bare(written), bare(official)];
  const extra = w.length - o.length;
  if (extra > 0 && extra <= MAX_INSERTED && isSubsequence(o, w)) return extra;
  if (extra < 0 && -extra <= MAX_DELETED && isSubsequence(w, o)) return -extra;
  const limit = tolerance(official.length);
  const distance = editDistance(written, official, limit);
  return distance <= limit ? distance : undefined;
}

/**
 * The one heading a line not written verbatim is closest to, with the same number (“一、总体概述” → 一、总体情况),
 * or whose words it has verbatim under another number (“一、主动公开政府信息情况” in a report numbering its tables
 * 一、二、三).
 */
function closestHeading(key: string): Heading | undefined {
  if (key.length > MAX_HEADING || TABLE_LABELS.has(key)) return undefined;
  const words = BY_WORDS.get(key.replace(NUMBERING, ""));
  if (words) return words;
  if (key[1] !== "、") return undefined;
  let best = Number.POSITIVE_INFINITY;
  let found: Heading[] = [];
  for (const heading of HEADINGS) {
    if (heading.key[0] !== key[0]) continue;
    const distance = headingDistance(key, heading.key);
    if (distance === undefined || distance > best) continue;
    if (distance < best) found = [];
    best = distance;
    if (!found.some((f) => f.part === heading.part)) found.push(heading);
  }
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Splits a report into its parts at the outline's headings; a heading is a line of its own, padding allowed, and
 * may be written a little differently when it comes in the outline's order. A second report in the same text
 * (its first part's heading again) ends the first.
 */
export function splitParts(text: string): ReportParts {
  const lines = text.split(/\r\n|\r|\n/);
  const parts = splitLines(lines);
  // No heading stands on a line of its own: a report saved as one line (a crawler's copy) has them inside lines.
  if (Object.keys(parts.parts).length > 0) return parts;
  const cut = lines.flatMap(headingsOwnLines);
  return cut.length === lines.length ? parts : splitLines(cut);
}

function splitLines(lines: readonly string[]): ReportParts {
  const starts: { part: PartKey; line: number; exact: boolean }[] = [];
  const variants: ReportParts["variants"] = [];
  let end = lines.length;
  let second: string | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    // Every heading starts with a number or its first word: other lines are passed over without normalizing them.
    if (line.length > MAX_HEADING * 3 || !mayBeHeading(line)) continue;
    const key = labelKey(line);
    const exact = EXACT.get(key);
    const started = new Set(starts.map((s) => s.part));
    const guessed = exact && starts.findIndex((s) => s.part === exact.part && !s.exact);
    if (exact && guessed !== undefined && guessed >= 0) {
      // The official heading after a line read as it (a sub-heading of section 一 with the same words): the part
      // starts at the official one.
      starts.splice(guessed, 1);
      started.delete(exact.part);
      const variant = variants.findIndex((v) => v.heading === exact.title);
      if (variant >= 0) variants.splice(variant, 1);
    }
    if (exact && started.has(exact.part)) {
      // The report's first heading again is a second report (or, when every heading so far stood alone, the body
      // after a table of contents); another heading repeated is quoted in the text.
      if (exact.part !== starts[0]?.part) continue;
      if (isContents(lines, starts, index)) {
        starts.length = 0;
        variants.length = 0;
      } else {
        end = secondReportStart(lines, starts.at(-1)?.line ?? 0, index);
        second = (lines[end] ?? "").trim();
        break;
      }
    }
    const heading = exact ?? closestHeading(key);
    if (!heading || starts.some((s) => s.part === heading.part)) continue;
    const order = OUTLINE.indexOf(heading.part);
    if (!exact && starts.some((s) => OUTLINE.indexOf(s.part) > order)) continue;
    if (!exact) variants.push({ written: line.trim(), heading: heading.title });
    starts.push({ part: heading.part, line: index, exact: exact !== undefined });
  }
  starts.sort((a, b) => a.line - b.line);
  const parts: ReportParts["parts"] = {};
  starts.forEach((start, n) => {
    parts[start.part] = lines.slice(start.line + 1, starts[n + 1]?.line ?? end);
  });
  const head = lines.slice(0, starts[0]?.line ?? end);
  return second === undefined ? { head, parts, variants } : { head, parts, variants, second };
}

/** A report has six headings, twice with a table of contents: a line is cut at no more headings than this. */
const MAX_CUTS = 60;
/** The official headings as written, longest first (so that a shorter one never cuts inside a longer one). */
const HEADING_TEXTS = Object.values(formats)
  .flatMap((format) =>
    [...format.text, ...format.tables].flatMap((part) => [part.title, ...(part.titleVariants ?? [])]),
  )
  .sort((a, b) => b.length - a.length);

/**
 * A line of a report saved as one line (a crawler's copy), cut so that each official heading in it, written
 * verbatim, stands on a line of its own as the rest of the reader expects.
 */
function headingsOwnLines(line: string): string[] {
  const cuts: { at: number; end: number }[] = [];
  for (const title of HEADING_TEXTS) {
    for (let at = line.indexOf(title); at >= 0 && cuts.length < MAX_CUTS; at = line.indexOf(title, at + title.length)) {
      if (!cuts.some((cut) => at < cut.end && cut.at < at + title.length)) cuts.push({ at, end: at + title.length });
    }
  }
  if (cuts.length === 0) return [line];
  cuts.sort((a, b) => a.at - b.at);
  const pieces: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    // Text between two headings side by side is no line.
    if (line.slice(from, cut.at).trim() !== "") pieces.push(line.slice(from, cut.at));
    pieces.push(line.slice(cut.at, cut.end));
    from = cut.end;
  }
  pieces.push(line.slice(from));
  return pieces;
}

/** Whether the headings found so far are a table of contents: nothing but empty lines between them. */
function isContents(lines: readonly string[], starts: readonly { line: number }[], next: number): boolean {
  const first = starts[0]?.line ?? next;
  let content = 0;
  for (let index = first + 1; index < next && content <= starts.length; index++) {
    if ((lines[index] ?? "").trim() !== "") content += 1;
  }
  // Only the other headings stand between the first one and its repetition.
  return content <= starts.length - 1;
}

/** Where the second report begins: its title line, when one stands between the last part's start and its heading. */
function secondReportStart(lines: readonly string[], after: number, heading: number): number {
  for (let index = heading - 1; index > after; index--) {
    const line = lines[index] ?? "";
    if (line.trim() === "") continue;
    return isTitleLine(line) ? index : heading;
  }
  return heading;
}

/** The prose of a section as the report writes it: each line trimmed, no padding around the whole. */
export function proseOf(lines: readonly string[]): string {
  return lines
    .map((line) => line.trim())
    .join("\n")
    .trim();
}
