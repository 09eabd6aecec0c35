import type { CellRef, Finding, Report } from "./model";
import { valueAt } from "./values";

/**
 * A warning a person set aside: which rule and cells, why, and the cells and figures it was given for (its
 * fingerprint, which records each cell with its value).
 */
export type Dismissal = { ruleId: string; cells: CellRef[]; reason: string; fingerprint: string };

/**
 * What a finding is about, as a string: its report year, rule, code, cells and those cells' current values (blank as
 * null), plus the prose section and quote when it has them. Equal fingerprints mean the same warning on the same
 * cells and figures, so a dismissal covers only what it was given for: a change to one of its figures, or one more
 * cell of the same rule (a table's blank-cell warning that now counts another blank), brings the warning back.
 */
export function fingerprintFinding(finding: Finding, report: Report): string {
  return fingerprintOf(
    report.year,
    finding,
    finding.cells.map((cell) => valueAt(report, cell) ?? null),
  );
}

type Covered = Pick<Finding, "ruleId" | "code" | "cells" | "section" | "quote">;

/** The fingerprint of what a finding covers in a year's report, with its cells' values in order. */
function fingerprintOf(year: number, finding: Covered, values: readonly (number | null)[]): string {
  return JSON.stringify([
    year,
    finding.ruleId,
    finding.code,
    finding.cells.map((cell, i) => [cell.table, cell.key, values[i] ?? null]),
    finding.section ?? null,
    finding.quote ?? null,
  ]);
}

/**
 * The fingerprint a stored dismissal covers. Dismissals of a table's blank cells stored before they recorded their
 * cells' values (`[year, ruleId, "cell.blank", table]`) cover the cells they list, blank, and nothing added since.
 */
function coveredFingerprint(dismissal: Dismissal): string {
  const parsed = parsedJson(dismissal.fingerprint);
  if (!Array.isArray(parsed) || parsed.length !== 4 || parsed[2] !== "cell.blank" || typeof parsed[0] !== "number") {
    return dismissal.fingerprint;
  }
  const blank = { ruleId: dismissal.ruleId, code: "cell.blank" as const, cells: dismissal.cells };
  return fingerprintOf(parsed[0], blank, []);
}

/** The findings with `dismissed` set on each warning a dismissal still matches; errors are never dismissed. */
export function applyDismissals(
  findings: readonly Finding[],
  dismissals: readonly Dismissal[],
  report: Report,
): Finding[] {
  const reasons = new Map(dismissals.map((d) => [coveredFingerprint(d), d.reason]));
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
  return [...current.filter((d) => coveredFingerprint(d) !== fingerprint), dismissal];
}

/** The dismissals without the one of `warning` on these figures; undefined when none matched (nothing to write). */
export function withoutDismissal(
  current: readonly Dismissal[],
  warning: Finding,
  report: Report,
): Dismissal[] | undefined {
  const fingerprint = fingerprintFinding(warning, report);
  const rest = current.filter((d) => coveredFingerprint(d) !== fingerprint);
  return rest.length === current.length ? undefined : rest;
}

/** The value JSON text stands for; undefined for text that is not JSON (a fingerprint written by hand). */
function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
