import type { CellRef, Finding, Report } from "./model";
import { valueAt } from "./values";

/** A warning a person set aside: which rule and cells, why, and the figures it was about (its fingerprint). */
export type Dismissal = { ruleId: string; cells: CellRef[]; reason: string; fingerprint: string };

/**
 * What a finding is about, as a string: its report year, rule, code, cells and those cells' current values (blank as
 * null), plus the prose section and quote when it has them. Equal fingerprints mean the same warning on the same
 * figures, so a dismissal lapses as soon as one of its figures changes. A table's blank-cell warning is about the
 * table, not its count: filling one more cell does not bring it back.
 */
export function fingerprintFinding(finding: Finding, report: Report): string {
  if (finding.code === "cell.blank") {
    return JSON.stringify([report.year, finding.ruleId, finding.code, finding.cells[0]?.table ?? null]);
  }
  return JSON.stringify([
    report.year,
    finding.ruleId,
    finding.code,
    finding.cells.map((cell) => [cell.table, cell.key, valueAt(report, cell) ?? null]),
    finding.section ?? null,
    finding.quote ?? null,
  ]);
}

/** The findings with `dismissed` set on each warning a dismissal still matches; errors are never dismissed. */
export function applyDismissals(
  findings: readonly Finding[],
  dismissals: readonly Dismissal[],
  report: Report,
): Finding[] {
  const reasons = new Map(dismissals.map((d) => [d.fingerprint, d.reason]));
  return findings.map((finding) => {
    const reason = finding.severity === "warning" ? reasons.get(fingerprintFinding(finding, report)) : undefined;
    const rest = { ...finding };
    delete rest.dismissed;
    return reason === undefined ? rest : { ...rest, dismissed: { reason } };
  });
}

/** The dismissals with `warning` set aside for `reason` (replacing a dismissal of the same warning on the same figures). */
export function withDismissal(
  current: readonly Dismissal[],
  warning: Finding,
  reason: string,
  report: Report,
): Dismissal[] {
  const fingerprint = fingerprintFinding(warning, report);
  const dismissal: Dismissal = { ruleId: warning.ruleId, cells: warning.cells, reason, fingerprint };
  return [...current.filter((d) => d.fingerprint !== fingerprint), dismissal];
}

/** The dismissals without the one of `warning` on these figures; undefined when none matched (nothing to write). */
export function withoutDismissal(
  current: readonly Dismissal[],
  warning: Finding,
  report: Report,
): Dismissal[] | undefined {
  const fingerprint = fingerprintFinding(warning, report);
  const rest = current.filter((d) => d.fingerprint !== fingerprint);
  return rest.length === current.length ? undefined : rest;
}
