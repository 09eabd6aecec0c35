import type { CellRef, Finding, Report } from "../model";
import { formats } from "../tables/formats";
import { boundRepeats } from "./bound-findings";
import { checkFigures } from "./check-figures";
import { checkOpeningYear, checkPlanYears } from "./check-year";
import { feeMention } from "./cues.zh-CN";

/** narrative.required: every prose section written; a 2021 report's section 六 says whether 信息处理费 was charged. */
export function checkRequired(report: Report): Finding[] {
  const missing: Finding[] = formats[report.format].text
    .filter(({ key }) => (report.text[key] ?? "").trim() === "")
    .map(({ key }) => ({
      ruleId: "narrative.required",
      severity: "warning",
      code: "narrative.headingMissing",
      cells: [],
      section: key,
    }));
  const feeStated = report.format !== "2021" || feeMention.test(report.text.other ?? "");
  const fee: Finding[] = feeStated
    ? []
    : [
        {
          ruleId: "narrative.required",
          severity: "warning",
          code: "narrative.feeMissing",
          cells: [],
          section: "other",
        },
      ];
  return [...missing, ...fee];
}

/**
 * Every finding of a report's prose: missing sections, an opening or figures for another year's report, plans for the wrong year.
 * A figure tied to a cell that was not read is not checked.
 */
export function checkNarrative(report: Report, unread?: readonly CellRef[]): Finding[] {
  return [
    ...checkRequired(report),
    ...boundRepeats([...checkOpeningYear(report), ...checkFigures(report, unread), ...checkPlanYears(report)]),
  ];
}
