import { describeFinding, groupFindings, quickFixOf, ruleSource, type Finding, type FormatDef } from "../../domain";
import type { Severity } from "../../domain";
import type { FindingItem, FindingListGroup } from "./FindingList/FindingList";

/** Errors first, then warnings, then notes: the order the pane lists findings in, across every table. */
export const severityOrder: readonly Severity[] = ["error", "warning", "info"];

const findingId = (f: Finding, index: number) =>
  `${f.ruleId}:${f.code}:${f.cells.map((c) => c.key).join(",")}:${f.section ?? ""}:${index}`;

/**
 * A message without the table's title it starts with (“二、主动公开政府信息情况：…”, “… · 行政许可 · …”), for when it is
 * listed under that table's own heading.
 */
export function withoutTitle(message: string, title: string): string {
  if (!message.startsWith(title)) return message;
  const rest = message.slice(title.length);
  const separator = /^(\s*·\s*|：)/.exec(rest)?.[0];
  return separator ? rest.slice(separator.length) : message;
}

/** One finding as the pane lists it: its sentence (optionally without its table's title), rule wording, quick fix. */
export function findingItem(format: FormatDef, finding: Finding, index: number, title?: string): FindingItem {
  const message = describeFinding(format, finding);
  return {
    id: findingId(finding, index),
    finding,
    message: title ? withoutTitle(message, title) : message,
    fullMessage: message,
    source: ruleSource(format, finding.ruleId),
    fix: quickFixOf(finding),
  };
}

/** The findings of one severity, grouped by table in the official order, each item under its table's heading. */
export function groupsOf(format: FormatDef, findings: readonly Finding[], severity: Severity): FindingListGroup[] {
  return groupFindings(
    format,
    findings.filter((f) => f.severity === severity),
  ).map((group) => ({
    key: `${severity}:${group.key}`,
    title: group.title,
    items: onceEach(group.findings.map((finding, index) => findingItem(format, finding, index, group.title))),
  }));
}

/** The items with each rule's wording under the first item that has it only: the rest of a group repeats it. */
function onceEach(items: FindingItem[]): FindingItem[] {
  const said = new Set<string>();
  return items.map((item) => {
    if (item.source === undefined) return item;
    if (said.has(item.source)) return { ...item, source: undefined };
    said.add(item.source);
    return item;
  });
}
