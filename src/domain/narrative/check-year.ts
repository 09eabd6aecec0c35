import type { Finding, Report } from "../model";
import { clauseEnd, normalizeDigits, sentenceAround } from "./clauses";
import { planAfterYear, planCue, yearMention } from "./cues.zh-CN";

/**
 * narrative.year: section 五 plans for the report year Y instead of Y+1 (“2019年，我们将…” in a 2019 report),
 * or names a year later than Y+1 in a sentence that plans.
 */
export function checkPlanYears(report: Report): Finding[] {
  const text = normalizeDigits(report.text.problems ?? "");
  const nextYear = report.year + 1;
  return [...text.matchAll(yearMention)].flatMap((mention): Finding[] => {
    const year = Number(mention[1]);
    const afterYear = mention.index + mention[0].length;
    const plan = year === report.year ? planAfterYear.exec(text.slice(afterYear)) : null;
    const tooLate = year > nextYear && planCue.test(sentenceAround(text, mention.index));
    if (!plan && !tooLate) return [];
    const quoteEnd = clauseEnd(text, afterYear + (plan?.[0].length ?? 0));
    return [
      {
        ruleId: "narrative.year",
        severity: "warning",
        code: "narrative.yearPlan",
        cells: [],
        expected: nextYear,
        actual: year,
        section: "problems",
        quote: text.slice(mention.index, quoteEnd),
      },
    ];
  });
}
