import { formatYearFit } from "../format-year";
import type { Finding, Report, SectionKey } from "../model";
import { boundRepeats, clipQuote } from "../narrative/bound-findings";
import { parseChineseNumber } from "../narrative/chinese-numbers";
import { breaksOf, normalizeDigits } from "../narrative/clauses";
import { checkOpeningYear } from "../narrative/check-year";
import { yearMention } from "../narrative/cues.zh-CN";
import { formats } from "../tables/formats";
import { figureJumps } from "./figure-jumps";
import {
  comparedBeforeYear,
  NOTHING_TO_SAY,
  overviewParts2021,
  selfBeforeYear,
  subHeading,
  workAfterYear,
} from "./quality-cues.zh-CN";
import { repeatedText } from "./repeated-text";

// What published evaluations of these reports score besides the tables. Each check is a finding with its own rule
// id; the ones that compare with last year's report run only when it is at hand.

/** Section 五 with fewer characters of content than this says nothing (“存在问题，明年改进。”). */
export const MIN_PROBLEMS_CHARS = 30;

const sectionKeys: readonly SectionKey[] = ["overview", "problems", "other"];

/**
 * Every quality check of a report; those against last year only when `previous` (of year Y−1) is given. The old
 * tables are not said again when a reader already did (read.formatYear among `readFindings`).
 */
export function checkQuality(report: Report, previous?: Report, readFindings: readonly Finding[] = []): Finding[] {
  const warnedOldTables = readFindings.some((f) => f.code === "read.formatYear");
  return [
    ...previousYearPhrases(report),
    ...thinProblems(report),
    ...headingNumbers(report),
    ...missingOverviewParts(report),
    ...(warnedOldTables ? [] : oldTables(report)),
    ...(previous ? [...repeatedText(report, previous), ...figureJumps(report, previous)] : []),
  ];
}

/**
 * quality.previousYear: last year named as the time of this year's work (“本单位2022年度…”, “2022年，我局共收到…” in a
 * 2023 report), anywhere in the text. A sentence that also names the report year compares the two and is left alone.
 */
export function previousYearPhrases(report: Report): Finding[] {
  const lastYear = report.year - 1;
  // Last year opening section 一 is narrative.year's finding (checkOpeningYear), not said twice.
  const opensWithLastYear = checkOpeningYear(report)[0]?.actual === lastYear;
  return sectionKeys.flatMap((section) => {
    const text = normalizeDigits(report.text[section] ?? "");
    if (!text.includes(String(lastYear))) return [];
    const opening = opensWithLastYear && section === "overview" ? text.indexOf(String(lastYear)) : -1;
    const breaks = breaksOf(text);
    // A sentence is searched for the report year once, however many times it names last year (pasted prose).
    const comparing = new Map<number, boolean>();
    const compares = (sentence: { start: number; text: string }): boolean => {
      let found = comparing.get(sentence.start);
      if (found === undefined) comparing.set(sentence.start, (found = sentence.text.includes(`${report.year}年`)));
      return found;
    };
    const found = [...text.matchAll(yearMention)].flatMap((mention): Finding[] => {
      if (Number(mention[1]) !== lastYear || mention.index === opening) return [];
      const before = text.slice(Math.max(0, mention.index - 8), mention.index);
      const after = text.slice(mention.index + 4, mention.index + 40);
      if (comparedBeforeYear.test(before)) return [];
      if (!selfBeforeYear.test(before) && !workAfterYear.test(after.slice(1))) return [];
      const sentence = breaks.sentenceAround(mention.index);
      if (compares(sentence)) return [];
      const start = Math.max(sentence.start, mention.index - (before.match(selfBeforeYear)?.[0].length ?? 0));
      // “2022年，我局共收到…”: the year alone says little; the quote runs on to the clause it heads.
      const yearEnd = breaks.clauseEnd(mention.index + 5);
      const headsClause = /^度?$/.test(text.slice(mention.index + 5, yearEnd));
      const quote = clipQuote(text.slice(start, headsClause ? breaks.clauseEnd(yearEnd + 1) : yearEnd));
      return [
        {
          ruleId: "quality.previousYear",
          severity: "warning",
          code: "quality.previousYear",
          cells: [],
          section,
          quote,
          expected: report.year,
          actual: lastYear,
        },
      ];
    });
    return boundRepeats(found);
  });
}

/**
 * quality.problemsContent: section 五 that says “无” or a line too short to name a problem and a plan. A section left
 * out entirely is narrative.required's finding, not repeated here.
 */
export function thinProblems(report: Report): Finding[] {
  const text = (report.text.problems ?? "").trim();
  if (text === "") return [];
  const content = text.replace(/[\s\u3000，。；、：,.;:！!？?“”"'（）()]/g, "");
  if (!NOTHING_TO_SAY.test(content) && Array.from(content).length >= MIN_PROBLEMS_CHARS) return [];
  return [
    {
      ruleId: "quality.problemsContent",
      severity: "warning",
      code: "quality.problemsThin",
      cells: [],
      section: "problems",
      quote: clipQuote(text),
      expected: MIN_PROBLEMS_CHARS,
      actual: Array.from(content).length,
    },
  ];
}

/** quality.headings: numbered sub-headings of a section that skip or repeat a number (（一）（三）, （二）（二）). */
export function headingNumbers(report: Report): Finding[] {
  return sectionKeys.flatMap((section): Finding[] => {
    const text = report.text[section] ?? "";
    let expected = 1;
    for (const heading of text.matchAll(subHeading)) {
      const actual = parseChineseNumber(heading[1] ?? "");
      if (actual === expected) {
        expected += 1;
        continue;
      }
      const lineEnd = text.indexOf("\n", heading.index);
      const quote = clipQuote(text.slice(heading.index, lineEnd < 0 ? undefined : lineEnd).trim());
      return [
        {
          ruleId: "quality.headings",
          severity: "warning",
          code: "quality.headingNumber",
          cells: [],
          section,
          quote,
          expected,
          ...(actual === undefined ? {} : { actual }),
        },
      ];
    }
    return [];
  });
}

/** quality.headings: a 2021 report's section 一 that leaves out one of the five parts it is expected to cover. */
export function missingOverviewParts(report: Report): Finding[] {
  const text = report.text.overview ?? "";
  if (report.format !== "2021" || text.trim() === "") return [];
  return overviewParts2021
    .filter((part) => !text.includes(part.word))
    .map((part) => ({
      ruleId: "quality.headings",
      severity: "warning" as const,
      code: "quality.headingMissing" as const,
      cells: [],
      section: "overview" as const,
      quote: part.heading,
    }));
}

/** quality.formatYear: the 2019 tables used for a report of 2021 or later. */
export function oldTables(report: Report): Finding[] {
  if (formatYearFit(report.format, report.year) !== "late") return [];
  const expected = Object.values(formats).find((f) => formatYearFit(f.id, report.year) === "fits")?.id;
  return [
    {
      ruleId: "quality.formatYear",
      severity: "warning",
      code: "quality.formatYear",
      cells: [],
      detail: report.format,
      expected: report.year,
      ...(expected ? { quote: expected } : {}),
    },
  ];
}
