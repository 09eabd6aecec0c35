import { refId } from "./cells";
import { groupTitles } from "./messages.zh-CN";
import type { Finding, TableId } from "./model";
import { computedCells } from "./rules/computed-cells";
import type { FormatDef } from "./tables/formats";

export type FindingGroup = { key: TableId | "text"; title: string; findings: Finding[] };

const rank = (f: Finding): number =>
  (f.severity === "error" ? 0 : f.severity === "warning" ? 1 : 2) + (f.dismissed ? 2 : 0);

/**
 * The findings with each one that only echoes another folded into it (as `related`): a rule broken along a total
 * column (all its cells computed totals) by the same difference as along a column of figures is one mistake, in the
 * figure's column and so in its row's total.
 */
export function foldEchoes(format: FormatDef, findings: readonly Finding[]): Finding[] {
  const totals = computedCells(format);
  const difference = (f: Finding): number | undefined =>
    f.actual === undefined || f.expected === undefined ? undefined : f.actual - f.expected;
  // A prose finding quotes the text, each quote its own mistake: it neither echoes a table's nor takes echoes in.
  const isEcho = (f: Finding): boolean =>
    !f.section && f.cells.length > 0 && f.severity !== "info" && f.cells.every((cell) => totals.has(refId(cell)));
  const kept: Finding[] = [];
  const echoes: Finding[] = [];
  for (const finding of findings) (isEcho(finding) ? echoes : kept).push(finding);
  const related = new Map<Finding, Finding[]>();
  for (const echo of echoes) {
    const source = kept.find(
      (f) =>
        !f.section &&
        f.ruleId === echo.ruleId &&
        f.code === echo.code &&
        !f.dismissed === !echo.dismissed &&
        difference(f) !== undefined &&
        difference(f) === difference(echo),
    );
    if (source) related.set(source, [...(related.get(source) ?? []), echo]);
    else kept.push(echo);
  }
  return kept.map((f) => (related.has(f) ? { ...f, related: related.get(f) } : f));
}

/**
 * Findings grouped by table in the official order (prose last), errors first within a group and groups with errors
 * before the others, dismissed warnings at the end. Echoes are folded before (foldEchoes, once, where findings are
 * made), not here.
 */
export function groupFindings(format: FormatDef, findings: readonly Finding[]): FindingGroup[] {
  const groups: FindingGroup[] = [
    ...format.tables.map((t) => ({ key: t.id, title: t.title, findings: [] as Finding[] })),
    { key: "text" as const, title: groupTitles.text, findings: [] as Finding[] },
  ];
  for (const finding of findings) {
    const key = finding.section ? "text" : (finding.cells[0]?.table ?? "text");
    groups.find((g) => g.key === key)?.findings.push(finding);
  }
  for (const group of groups) group.findings.sort((a, b) => rank(a) - rank(b));
  const best = (group: FindingGroup): number => Math.min(...group.findings.map(rank));
  return groups.filter((g) => g.findings.length > 0).sort((a, b) => best(a) - best(b));
}

/**
 * Whether the live check (while typing) shows a finding: not blank-cell warnings, missing prose, nor a report with no
 * figure yet (a template just inserted), until 一键校验.
 */
export function showsWhileTyping(finding: Finding): boolean {
  return !["cell.blank", "narrative.headingMissing", "narrative.feeMissing", "report.noFigures"].includes(finding.code);
}
