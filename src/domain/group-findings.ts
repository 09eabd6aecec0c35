import { groupTitles } from "./messages.zh-CN";
import type { Finding, TableId } from "./model";
import type { FormatDef } from "./tables/formats";

export type FindingGroup = { key: TableId | "text"; title: string; findings: Finding[] };

const rank = (f: Finding): number =>
  (f.severity === "error" ? 0 : f.severity === "warning" ? 1 : 2) + (f.dismissed ? 2 : 0);

/** Findings grouped by table in the official order (prose last), errors first, dismissed warnings at the end. */
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
  return groups.filter((g) => g.findings.length > 0);
}
