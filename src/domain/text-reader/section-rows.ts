import { cellKey, cellKeyOf } from "../cells";
import type { Finding, RowDef, SectionDef, TableDef } from "../model";
import { figureTexts, fitCells, type RunCell } from "./fit-cells";
import { splitFigures, splitRuns } from "./split-figures";
import type { Item } from "./label-match";
import { isWords } from "./label-variants";
import type { ExtraRow, ReadProblem } from "./read-problem";
import { labelKey } from "./tokens";

// The rows of one section of a table, from its items (labels, figures, empty cells): which figures belong to
// which row, and what is said when a row cannot be read.

/** What one pass over a table collects before any cell is read: raw cell text by key, extras and problems. */
export type Collected = {
  raws: Map<string, string>;
  extraRows: ExtraRow[];
  problems: ReadProblem[];
  findings: Finding[];
  /** Rows whose run-together figures fit their own arithmetic in several ways: the table's column sums may choose. */
  undecided?: { row: RowDef; section: SectionDef; candidates: string[][]; written: string }[];
  /** Groups of rows given as one row of their sum (（六）其他处理 in a 2021 table written as in 2019), cell by column. */
  groupSums?: GroupSum[];
};

/** A group's label, its rows, and the figures written on its own line: each the sum of its rows in that column. */
export type GroupSum = { label: string; rows: readonly RowDef[]; cells: string[] };

/**
 * The groups of a section whose rows a report may give as one row of their sum, by their label's key: the innermost
 * group of two or more rows (（三）不予公开, （六）其他处理), never a heading over groups (三、本年度办理结果).
 */
function rowGroups(section: SectionDef): Map<string, { label: string; rows: RowDef[] }> {
  const groups = new Map<string, { label: string; rows: RowDef[] }>();
  const outer = new Set(section.rows.flatMap((row) => (row.groups ?? []).slice(0, -1)));
  for (const row of section.rows) {
    const label = row.groups?.at(-1);
    if (label === undefined || outer.has(label)) continue;
    const group = groups.get(labelKey(label)) ?? { label, rows: [] };
    group.rows.push(row);
    groups.set(labelKey(label), group);
  }
  return new Map([...groups].filter(([, group]) => group.rows.length > 1));
}

/** The cells that follow a label, then any local rows written after them (a label, then its cells). */
export function splitRun(items: readonly Item[], table: TableDef): { cells: RunCell[]; extras: ExtraRow[] } {
  const cells: RunCell[] = [];
  const extras: { label: string[]; cells: RunCell[] }[] = [];
  for (const item of items) {
    const current = extras.at(-1);
    if (item.kind === "raw" && isWords(item.text)) {
      if (current && !current.cells.some((c) => c.kind === "value")) current.label.push(item.text);
      else extras.push({ label: [item.text], cells: [] });
      continue;
    }
    const cell: RunCell | undefined = item.kind === "raw" ? valueCell(item) : toCell(item);
    if (cell) (current ? current.cells : cells).push(cell);
  }
  // Text with no figures after it is a note, not a row.
  const rows = extras.filter((extra) => extra.cells.some((c) => c.kind === "value"));
  return {
    cells,
    extras: rows.map((row) => ({
      table: table.id,
      label: row.label.join(""),
      cells: figureTexts(row.cells),
    })),
  };
}

const valueCell = (item: { text: string; line: number; attached?: true }): RunCell =>
  item.attached
    ? { kind: "value", text: item.text, line: item.line, attached: true }
    : { kind: "value", text: item.text, line: item.line };

const toCell = (item: Item): RunCell | undefined =>
  item.kind === "blank"
    ? { kind: "blank", line: item.line }
    : item.kind === "gap"
      ? { kind: "gap", lines: item.lines }
      : undefined;

/** A grid section: each row label is followed by one cell per column, in column order. */
export function readGrid(table: TableDef, section: SectionDef, items: readonly Item[], found: Collected) {
  const rowsByKey = new Map(section.rows.map((row) => [labelKey(row.label), row]));
  const groups = rowGroups(section);
  const runs: { owner?: RowDef; group?: string; unclear?: Item; line: number; items: Item[] }[] = [
    { line: -1, items: [] },
  ];
  const groupRuns: { group: string; cells: string[] }[] = [];
  for (const item of items) {
    if (item.kind === "label")
      runs.push({ owner: rowsByKey.get(item.key), group: item.key, line: item.line, items: [] });
    else if (item.kind === "unclear") runs.push({ unclear: item, line: item.line, items: [] });
    else runs.at(-1)?.items.push(item);
  }
  const seen = new Set<RowDef>();
  const repeated = new Set<RowDef>();
  const rowCells = new Map<RowDef, string[]>();
  for (const { owner, group, unclear, line, items: runItems } of runs) {
    const { cells, extras } = splitRun(runItems, table);
    found.extraRows.push(...extras);
    const figures = cells.filter((c) => c.kind === "value");
    if (unclear?.kind === "unclear") {
      const { written, candidates } = unclear;
      found.problems.push({
        code: "table.ambiguous",
        table: table.id,
        reason: "labelUnclear",
        detail: written,
        candidates,
        scope: "none",
      });
      continue;
    }
    if (!owner) {
      // A group's label with a row of figures of its own: the sum of its rows, when they are not given (below).
      const sums = group !== undefined && groups.has(group) ? fitCells(cells, section.columns.length, line) : undefined;
      if (group !== undefined && sums) groupRuns.push({ group, cells: sums });
      else if (figures.length > 0) found.problems.push(strayProblem(table, figures));
      continue;
    }
    if (seen.has(owner)) {
      repeated.add(owner);
      continue;
    }
    seen.add(owner);
    const fitted = fitCells(cells, section.columns.length, line);
    const problem = { table: table.id, detail: owner.label, expected: section.columns.length, scope: "row" as const };
    const [only] = figures;
    const split = !fitted && figures.length === 1 && only?.kind === "value" ? runTogether(only, section) : undefined;
    if (fitted) rowCells.set(owner, fitted);
    else if (split?.cells) {
      rowCells.set(owner, split.cells);
      found.findings.push(splitFinding(table, section, owner, split.cells, split.written));
    } else if (split) {
      if (split.candidates)
        (found.undecided ??= []).push({ row: owner, section, candidates: split.candidates, written: split.written });
      found.problems.push({
        code: "table.ambiguous",
        reason: "runTogether",
        ...problem,
        quote: split.written,
        ...split.why,
      });
    } else if (figures.length < section.columns.length)
      found.problems.push({ code: "table.incomplete", reason: "tooFewNumbers", ...problem, actual: figures.length });
    else found.problems.push({ code: "table.ambiguous", reason: "tooManyNumbers", ...problem, actual: figures.length });
  }
  // A group written as one row of figures stands for its rows only when none of them is given; else its figures
  // belong to no row.
  const summed = new Set<RowDef>();
  for (const run of groupRuns) {
    const group = groups.get(run.group)!;
    if (group.rows.some((row) => seen.has(row)) || groupRuns.filter((other) => other.group === run.group).length > 1) {
      found.problems.push({ ...strayProblem(table, []), detail: run.cells.join(" ") });
      continue;
    }
    for (const row of group.rows) summed.add(row);
    (found.groupSums ??= []).push({ label: group.label, rows: group.rows, cells: run.cells });
  }
  for (const row of section.rows) {
    if (summed.has(row)) continue;
    const scope = { table: table.id, detail: row.label, scope: "row" as const };
    if (repeated.has(row)) found.problems.push({ code: "table.ambiguous", reason: "labelRepeated", ...scope });
    else if (!seen.has(row)) found.problems.push({ code: "table.incomplete", reason: "rowMissing", ...scope });
    const cells = repeated.has(row) ? undefined : rowCells.get(row);
    cells?.forEach((text, n) => {
      const column = section.columns[n];
      if (column) found.raws.set(cellKeyOf(row, column), text);
    });
  }
}

/** A row's figures written as one run of digits, cut into its cells when only one way fits; undefined if not digits. */
function runTogether(
  cell: { text: string; attached?: true },
  section: SectionDef,
):
  | { written: string; cells?: string[]; why?: { actual: number; checked: boolean }; candidates?: string[][] }
  | undefined {
  const digits = cell.text.normalize("NFKC");
  if (!/^[0-9]+$/u.test(digits) || digits.length < section.columns.length) return undefined;
  const split = splitFigures(digits, section, cell.attached === true);
  if ("cells" in split) return { cells: split.cells, written: cell.text };
  const candidates = split.candidates ? { candidates: split.candidates } : {};
  return { written: cell.text, why: { actual: split.ways, checked: split.checked }, ...candidates };
}

/** An info finding: the row's figures were run together, and its arithmetic cut them in one way only. */
export function splitFinding(
  table: TableDef,
  section: SectionDef,
  row: RowDef,
  cells: string[],
  written: string,
): Finding {
  const finding: Finding = {
    ruleId: "read.runTogether",
    severity: "info",
    code: "read.runTogether",
    cells: section.columns.map((column) => ({ table: table.id, key: cellKey(row.key, column.key) })),
    quote: written,
    detail: cells.join(" | "),
  };
  return finding;
}

const strayProblem = (table: TableDef, figures: RunCell[]): ReadProblem => ({
  code: "table.ambiguous",
  table: table.id,
  reason: "strayNumbers",
  detail: figureTexts(figures).join(" "),
  scope: "none",
});

/**
 * A flat section (table 四): every cell after the header, row after row, whatever header is printed above. The
 * header ends at its last label; figures above it belong to no cell.
 */
export function readFlat(table: TableDef, section: SectionDef, items: readonly Item[], found: Collected) {
  let last = -1;
  let line = -1;
  items.forEach((item, n) => {
    if (item.kind === "label" || item.kind === "unclear") [last, line] = [n, item.line];
  });
  const before = splitRun(items.slice(0, last + 1), table).cells.filter((c) => c.kind === "value");
  if (before.length > 0) found.problems.push(strayProblem(table, before));
  // Header words printed after the last label (a vertical header cut into characters) are passed over.
  const cells = splitRun(
    items.slice(last + 1).filter((item) => item.kind !== "raw" || !isWords(item.text)),
    table,
  ).cells;
  const keys = section.rows.flatMap((row) => section.columns.map((column) => cellKeyOf(row, column)));
  const figures = cells.filter((c) => c.kind === "value").length;
  const fitted = fitCells(cells, keys.length, line);
  const problem = { table: table.id, expected: keys.length, actual: figures, scope: "table" as const };
  // Too few figures, every one written: some ran together (“1001”), cut only where the groups' sums allow one way.
  const runs = figureTexts(cells).map((text) => text.normalize("NFKC"));
  const split =
    !fitted && figures < keys.length && cells.every((c) => c.kind !== "blank")
      ? splitRuns(runs, section, section.rows.length)
      : undefined;
  const written = runs.join(" ");
  const detail = section.rows.map((row) => row.label).join("、");
  if (fitted) keys.forEach((key, n) => found.raws.set(key, fitted[n] ?? ""));
  else if (split && "cells" in split) {
    keys.forEach((key, n) => found.raws.set(key, split.cells[n] ?? ""));
    found.findings.push({
      ruleId: "read.runTogether",
      severity: "info",
      code: "read.runTogether",
      cells: keys.map((key) => ({ table: table.id, key })),
      quote: written,
      detail: split.cells.join(" | "),
    });
  } else if (split?.checked && runs.some((run) => run.length > 1))
    found.problems.push({
      code: "table.ambiguous",
      reason: "runTogether",
      ...problem,
      detail,
      quote: written,
      actual: split.ways,
      checked: true,
    });
  else if (figures < keys.length)
    found.problems.push({ code: "table.incomplete", reason: "tooFewNumbers", ...problem });
  else found.problems.push({ code: "table.ambiguous", reason: "tooManyNumbers", ...problem });
}
