import { cellsOfTable } from "../cells";
import type { CellRef, Finding } from "../model";
import { formats } from "../tables/formats";
import { roundAmount, valueAt } from "../values";
import type { ReviewEntry } from "./batch";
import { bodyKey } from "./body-name";

// A region's report beside its departments' and towns': every cell of the parent against the sum of its direct
// children's. A region's report need not be a sum (it has its own applications), so a difference is a warning for a
// person to read, never an error.

export type HierarchyLink = { parent: string; child: string };

export type HierarchyDifference = { cell: CellRef; parent: number; children: number };

export type HierarchyResult = {
  parent: ReviewEntry;
  /** The children whose report of the parent's year (and format) is in the batch. */
  included: ReviewEntry[];
  /** The children named without such a report. */
  missing: string[];
  differences: HierarchyDifference[];
};

/** Compares each parent of `links` with its children, year by year, and adds the warnings to the parent's entry. */
export function compareHierarchy(entries: readonly ReviewEntry[], links: readonly HierarchyLink[]): HierarchyResult[] {
  const children = new Map<string, { key: string; name: string }[]>();
  for (const { parent, child } of links) {
    const list = children.get(bodyKey(parent)) ?? [];
    if (!list.some((c) => c.key === bodyKey(child))) list.push({ key: bodyKey(child), name: child });
    children.set(bodyKey(parent), list);
  }
  const byKeyYear = new Map(entries.map((e) => [`${e.key}\u0000${e.year}`, e]));
  return entries.flatMap((parent): HierarchyResult[] => {
    const named = children.get(parent.key);
    if (!named) return [];
    const format = parent.kept.report.format;
    const included: ReviewEntry[] = [];
    const missing: string[] = [];
    for (const child of named) {
      const entry = byKeyYear.get(`${child.key}\u0000${parent.year}`);
      if (entry && entry.kept.report.format === format) included.push(entry);
      else missing.push(entry?.body ?? child.name);
    }
    const differences = included.length > 0 ? differencesOf(parent, included) : [];
    const others = included.map((e) => e.body);
    for (const { cell, parent: actual, children: expected } of differences) {
      const finding: Finding = {
        ruleId: "review.hierarchySum",
        severity: "warning",
        code: "review.hierarchySum",
        cells: [cell],
        actual,
        expected,
        others,
        missing,
      };
      parent.findings.push({ file: parent.kept.file, format, finding });
    }
    return [{ parent, included, missing, differences }];
  });
}

/** The cells where the parent's figure differs from the sum of the children's (blank counted as 0; blank parent skipped). */
function differencesOf(parent: ReviewEntry, included: readonly ReviewEntry[]): HierarchyDifference[] {
  const report = parent.kept.report;
  return formats[report.format].tables.flatMap((table) =>
    cellsOfTable(table).flatMap(({ ref }): HierarchyDifference[] => {
      const own = valueAt(report, ref);
      if (own === undefined) return [];
      const sum = roundAmount(included.reduce((acc, child) => acc + (valueAt(child.kept.report, ref) ?? 0), 0));
      return own === sum ? [] : [{ cell: ref, parent: own, children: sum }];
    }),
  );
}
