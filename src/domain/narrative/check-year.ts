import type { Finding, Report } from "../model";
import { breaksOf, normalizeDigits, type TextBreaks } from "./clauses";
import { planAfterYear, planCue, yearMention } from "./cues.zh-CN";
import { clipQuote } from "./bound-findings";
import { rememberRecent } from "./recent-texts";
import { workAfterYear } from "../review/quality-cues.zh-CN";

/**
 * narrative.year: section 五 plans for the report year Y instead of Y+1 (“2019年，我们将…” in a 2019 report),
 * or names a year later than Y+1 in a sentence that plans.
 */
export function checkPlanYears(report: Report): Finding[] {
  const text = report.text.problems ?? "";
  return text === "" ? [] : planYearsOf(String(report.year), text).map((finding) => ({ ...finding }));
}

/** checkPlanYears of one text, kept for the last few texts (group: the report year). */
const planYearsOf = rememberRecent((year, text) => planYearFindings(Number(year), text));

function planYearFindings(reportYear: number, problems: string): readonly Finding[] {
  const report = { year: reportYear };
  const text = normalizeDigits(problems);
  const nextYear = report.year + 1;
  // Found only when a year needs them: most texts name a year or two and plan nothing wrong.
  let found: TextBreaks | undefined;
  const breaks = (): TextBreaks => (found ??= breaksOf(text));
  // A sentence is judged once, however many years it names.
  const plans = new Map<number, boolean>();
  const plansIn = (index: number): boolean => {
    const sentence = breaks().sentenceAround(index);
    let plan = plans.get(sentence.start);
    if (plan === undefined) plans.set(sentence.start, (plan = planCue.test(sentence.text)));
    return plan;
  };
  return [...text.matchAll(yearMention)].flatMap((mention): Finding[] => {
    const year = Number(mention[1]);
    const afterYear = mention.index + mention[0].length;
    // planAfterYear is anchored and reads a few characters: a bounded window keeps each test short.
    const plan = year === report.year ? planAfterYear.exec(text.slice(afterYear, afterYear + 64)) : null;
    const tooLate = year > nextYear && plansIn(mention.index);
    if (!plan && !tooLate) return [];
    const quoteEnd = breaks().clauseEnd(afterYear + (plan?.[0].length ?? 0));
    return [
      {
        ruleId: "narrative.year",
        severity: "warning",
        code: "narrative.yearPlan",
        cells: [],
        expected: nextYear,
        actual: year,
        section: "problems",
        quote: clipQuote(text.slice(mention.index, quoteEnd)),
      },
    ];
  });
}

/**
 * A year near the start of section 一 (a short subject may come first: “本局2025年度…”). Anchored at the start of the
 * section; the subject is bounded, so the test reads a few characters.
 */
const openingYear = /^([^，,。；;：:\d\n]{0,12}?)(\d{4})年/;

/** A sub-heading line at the start of section 一 (“（一）主动公开”), short and bounded. */
const leadingSubHeading = /^[（(][一二三四五六七八九十]{1,3}[）)][^\n。]{0,20}\n\s*/;

/** Whether the opening year is the time of the year's work: it starts the section, or heads a clause or the work. */
const isTimeOfWork = (subject: string, after: string): boolean =>
  subject === "" || /^度?[，,]/.test(after) || workAfterYear.test(after);

/**
 * narrative.year: section 一 opens with a year other than the report year (“2025年，…” in a 2024 report): prose
 * drafted or copied for another year's report.
 */
export function checkOpeningYear(report: Report): Finding[] {
  const text = report.text.overview ?? "";
  return text === "" ? [] : openingYearOf(String(report.year), text).map((finding) => ({ ...finding }));
}

/** checkOpeningYear of one text, kept for the last few texts (group: the report year). */
const openingYearOf = rememberRecent((year, text) => openingYearFindings(Number(year), text));

function openingYearFindings(reportYear: number, overview: string): readonly Finding[] {
  // The 2021 format's section 一 starts with its first sub-heading (“（一）主动公开”): the opening follows it.
  const whole = normalizeDigits(overview).trimStart();
  const text = whole.slice(leadingSubHeading.exec(whole)?.[0].length ?? 0);
  const opening = openingYear.exec(text);
  const year = Number(opening?.[2]);
  if (!opening || year === reportYear) return [];
  if (!isTimeOfWork(opening[1] ?? "", text.slice(opening[0].length, opening[0].length + 24))) return [];
  const breaks = breaksOf(text);
  const yearEnd = breaks.clauseEnd(opening[0].length);
  // “2025年，某县…”: the year alone says little; the quote runs on to the clause it heads.
  const end = /^度?$/.test(text.slice(opening[0].length, yearEnd)) ? breaks.clauseEnd(yearEnd + 1) : yearEnd;
  return [
    {
      ruleId: "narrative.year",
      severity: "warning",
      code: "narrative.yearOpening",
      cells: [],
      expected: reportYear,
      actual: year,
      section: "overview",
      quote: clipQuote(text.slice(0, end)),
    },
  ];
}
