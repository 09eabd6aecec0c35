import type { Finding, Report } from "./model";
import { applyDismissals, type Dismissal } from "./dismissals";
import { checkNarrative } from "./narrative/narrate";
import { knownSums } from "./rules/known-sums";
import { checkHasFigures } from "./rules/no-figures";
import { withTextCauses } from "./rules/text-causes";
import { formats } from "./tables/formats";
import { validateReport, type ValidateOptions } from "./rules/validate";

export type CheckOptions = ValidateOptions & {
  /** Findings made while reading the report (a refused cell, a missing unit), reported before the rules'. */
  readFindings?: readonly Finding[];
  /** Warnings set aside (in the workbook, or the `dismissed` list of report JSON): marked with their reasons. */
  dismissals?: readonly Dismissal[];
  /**
   * The quality checks of published evaluations (review/quality's `checkQuality`), against `previous` where it is
   * given. Passed in by the command line, so the pane's first download does not carry checks it never runs.
   */
  quality?: QualityCheck;
};

/** A check of a report's text and figures beyond the official rules, given last year's report when known. */
export type QualityCheck = (
  report: Report,
  previous: Report | undefined,
  readFindings: readonly Finding[],
) => Finding[];

const severityOrder = { error: 0, warning: 1, info: 2 } as const;

/**
 * Every check of a report, figures and prose, errors first: what 一键校验 and `nianbao check` report. A report with no
 * figure at all is an error first of all (a partial report read from a published file is not judged so).
 */
export function checkReport(report: Report, options: CheckOptions = {}): Finding[] {
  const readFindings = options.readFindings ?? [];
  // A refused cell is also absent from the values; say so once, as the refusal, not again as a blank.
  const refused = new Set(
    readFindings.flatMap((f) => (f.ruleId === "cell.value" ? f.cells.map((c) => `${c.table}:${c.key}`) : [])),
  );
  const blanksLessRefused = (finding: Finding): Finding[] => {
    if (finding.code !== "cell.blank") return [finding];
    const cells = finding.cells.filter((c) => !refused.has(`${c.table}:${c.key}`));
    return cells.length ? [{ ...finding, cells }] : [];
  };
  const figures = validateReport(report, { ...options, sums: knownSums(readFindings) });
  const findings = [
    ...(options.unread?.length ? [] : checkHasFigures(report)),
    ...readFindings,
    ...withTextCauses(
      formats[report.format],
      refused.size > 0 ? figures.flatMap(blanksLessRefused) : figures,
      readFindings,
    ),
    ...checkNarrative(report, options.unread),
    ...(options.quality?.(report, options.previous, readFindings) ?? []),
  ];
  findings.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
  return options.dismissals?.length ? applyDismissals(findings, options.dismissals, report) : findings;
}
