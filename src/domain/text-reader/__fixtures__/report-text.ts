import { cellKey } from "../../cells";
import type { Report, SectionDef, SectionKey, TableValues } from "../../model";
import { formats } from "../../tables/formats";

/** How a copy writes a label; the identity unless a test wants a variant (“，” for “、”). */
export type Relabel = (label: string) => string;

/**
 * A report as text shaped like a copy of a published web page (as the 2019 fixture is): every label and every
 * cell on a line of its own, tab-indented, merged group labels printed once above their first row.
 */
export function writeReportText(report: Report, title: string, relabel: Relabel = (label) => label): string {
  const format = formats[report.format];
  const lines = [title, ""];
  const prose = (key: SectionKey): void => {
    const section = format.text.find((s) => s.key === key);
    if (section) lines.push(section.title, report.text[key] ?? "", "");
  };
  prose("overview");
  for (const table of format.tables) {
    lines.push(table.title, "");
    if (table.caption) lines.push(`\t${table.caption}`);
    for (const section of table.sections) lines.push(...sectionLines(section, report.tables[table.id], relabel));
    lines.push("");
  }
  prose("problems");
  prose("other");
  return lines.join("\n");
}

/** Labels with the groups above them, each group printed once where it first appears. */
function withGroups(lines: readonly { label: string; groups?: readonly string[] }[]): string[][] {
  const printed = new Set<string>();
  return lines.map((line) => {
    const fresh = (line.groups ?? []).filter((group) => !printed.has(group));
    fresh.forEach((group) => printed.add(group));
    return [...fresh, line.label];
  });
}

function sectionLines(section: SectionDef, values: TableValues, relabel: Relabel): string[] {
  const tab = (text: string): string => `\t${text}`;
  const cell = (row: string, column: string): string => tab(String(values[cellKey(row, column)] ?? "/"));
  const lines = [section.heading, section.corner, section.columnsHeading].flatMap((t) => (t ? [tab(t), ""] : []));
  const columnHeader = withGroups(section.columns).flat().map(relabel).map(tab);
  if (section.layout === "flat") {
    lines.push(...withGroups(section.rows).flat().map(relabel).map(tab), "");
    section.rows.forEach(() => lines.push(...columnHeader));
    lines.push("", ...section.rows.flatMap((row) => section.columns.map((column) => cell(row.key, column.key))));
    return [...lines, ""];
  }
  lines.push(...columnHeader, "");
  withGroups(section.rows).forEach((labels, n) => {
    const row = section.rows[n];
    if (!row) return;
    lines.push(...labels.map(relabel).map(tab), ...section.columns.map((column) => cell(row.key, column.key)), "");
  });
  return lines;
}
