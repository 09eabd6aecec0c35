import type { Finding, Report, SectionKey } from "../model";
import { sentencesOf } from "../narrative/clauses";

// A report copied from last year's: evaluations deduct points where a section repeats the previous year's text by
// more than half. The share is of this year's characters, counted by sentence: a sentence found in last year's
// section (spaces ignored, numbers as wildcards, so a copy with the years and figures changed still counts).

export const REPEATED_SHARE = 0.5;
/** Sections shorter than this (“无其他需要报告的事项。”) are the same every year by nature and not compared. */
export const MIN_COMPARED_CHARS = 50;
/** Sentences this short (“特此报告”) repeat in any report. */
const MIN_SENTENCE_CHARS = 8;

const sectionKeys: readonly SectionKey[] = ["overview", "problems", "other"];

const normalized = (sentence: string): string => sentence.replace(/[\s\u3000]+/g, "").replace(/[0-9０-９]+/g, "#");

/** The share (0–1) of this year's characters in sentences repeated from last year's text of the section. */
export function repeatedShare(text: string, lastYearText: string): number {
  const known = new Set(sentencesOf(lastYearText).map(normalized));
  let all = 0;
  let repeated = 0;
  for (const sentence of sentencesOf(text).map(normalized)) {
    const length = Array.from(sentence).length;
    all += length;
    if (length >= MIN_SENTENCE_CHARS && known.has(sentence)) repeated += length;
  }
  return all === 0 ? 0 : repeated / all;
}

/** quality.repeatedText: each section whose text repeats last year's by more than half (the share in percent). */
export function repeatedText(report: Report, previous: Report): Finding[] {
  return sectionKeys.flatMap((section): Finding[] => {
    const text = report.text[section] ?? "";
    const before = previous.text[section] ?? "";
    if (Array.from(text.replace(/\s/g, "")).length < MIN_COMPARED_CHARS || before.trim() === "") return [];
    const share = repeatedShare(text, before);
    if (share <= REPEATED_SHARE) return [];
    return [
      {
        ruleId: "quality.repeatedText",
        severity: "warning",
        code: "quality.repeatedText",
        cells: [],
        section,
        expected: Math.round(REPEATED_SHARE * 100),
        actual: Math.round(share * 100),
      },
    ];
  });
}
