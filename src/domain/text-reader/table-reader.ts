import { cellKey, cellsOfTable } from "../cells";
import type { CellRef, Finding, FormatId, RowDef, SectionDef, TableDef, TableValues } from "../model";
import { readCell } from "../read-cell";
import { formats } from "../tables/formats";
import { fitCells, type RunCell } from "./fit-cells";
import { isWords, labelSet, markLabels, type Item, type LabelSet } from "./label-match";
import type { ExtraRow, ReadProblem } from "./read-problem";
import { labelKey, labelsOfTable, MAX_TOKENS, type Token } from "./tokens";

export type TableReading = {
  /** The cells that could be read; a cell of a row or item with a problem is left out, never guessed. */
  values: TableValues;
  findings: Finding[];
  problems: ReadProblem[];
  extraRows: ExtraRow[];
  /** Cells of the table that could not be read. */
  unread: CellRef[];
};

/** What one pass over a table collects before any cell is read: raw cell text by key, extras and problems. */
type Collected = { raws: Map<string, string>; extraRows: ExtraRow[]; problems: ReadProblem[]; findings: Finding[] };

type TableLabels = { set: LabelSet; own: ReadonlySet<string> };

/** Each table's labels with its neighbours', built once per format: reading a report only looks them up. */
const TABLE_LABELS = new Map<string, TableLabels>(
  Object.values(formats).flatMap((format) =>
    format.tables.map((table): [string, TableLabels] => {
      const own = labelsOfTable(table);
      const neighbours = format.tables.filter((other) => other !== table).flatMap(labelsOfTable);
      return [
        `${format.id}/${table.id}`,
        { set: labelSet([...own, ...neighbours], own), own: new Set(own.map(labelKey)) },
      ];
    }),
  ),
);

/**
 * Reads one table of a format from the tokens of the lines under its title, driven by its definition: sections, rows, columns
 * and layout. Every row that can be read is read; a row or item with a problem is left unread with the reason.
 * The table ends early at a label only a neighbouring table prints, so that a neighbour whose title is missing
 * is not read as rows of this one.
 */
export function readTable(formatId: FormatId, table: TableDef, tokens: readonly Token[] | undefined): TableReading {
  const unreadAll = (problems: ReadProblem[]): TableReading => ({
    values: {},
    findings: [],
    problems,
    extraRows: [],
    unread: cellsOfTable(table).map((cell) => cell.ref),
  });
  const labels = TABLE_LABELS.get(`${formatId}/${table.id}`);
  if (!tokens || !labels) return unreadAll([{ code: "table.missing", table: table.id, scope: "table" }]);
  const marked = markLabels(tokens, labels.set);
  const end = marked.findIndex((item) => item.kind === "label" && !labels.own.has(item.key));
  const items = end < 0 ? marked : marked.slice(0, end);
  const found: Collected = { raws: new Map(), extraRows: [], problems: [], findings: variantFindings(items) };
  if (tokens.length >= MAX_TOKENS)
    found.problems.push({
      code: "table.incomplete",
      table: table.id,
      reason: "tooLong",
      expected: MAX_TOKENS,
      scope: "none",
    });
  for (const { section, sectionItems } of sectionsOf(table, items, found)) {
    if (section.layout === "grid") readGrid(table, section, sectionItems, found);
    else readFlat(table, section, sectionItems, found);
  }
  const values: TableValues = {};
  const unread: CellRef[] = [];
  for (const cell of cellsOfTable(table)) {
    const raw = found.raws.get(cell.ref.key);
    if (raw === undefined) {
      unread.push(cell.ref);
      continue;
    }
    const reading = readCell(raw, cell, "text");
    if (reading.value !== undefined) values[cell.ref.key] = reading.value;
    found.findings.push(...reading.findings);
  }
  return { values, findings: found.findings, problems: found.problems, extraRows: found.extraRows, unread };
}

/** One info finding per label read as an official one it was not verbatim. */
function variantFindings(items: readonly Item[]): Finding[] {
  const seen = new Set<string>();
  return items.flatMap((item): Finding[] => {
    if (item.kind !== "label" || !item.variant || seen.has(`${item.written}\n${item.label}`)) return [];
    seen.add(`${item.written}\n${item.label}`);
    return [
      {
        ruleId: "read.label",
        severity: "info",
        code: "read.labelVariant",
        cells: [],
        quote: item.written,
        detail: item.label,
      },
    ];
  });
}

/** Each section with the items under it: from its heading (第二十条第（N）项) to the next heading found. */
function sectionsOf(table: TableDef, items: readonly Item[], found: Collected) {
  const at = (key: string): number[] =>
    items.flatMap((item, index) => (item.kind === "label" && item.key === key ? [index] : []));
  const starts = new Map<SectionDef, number>();
  for (const section of table.sections) {
    if (section.heading === undefined) continue;
    const places = at(labelKey(section.heading));
    const problem = { table: table.id, detail: section.heading, scope: "section" as const };
    if (places.length === 0) found.problems.push({ code: "table.incomplete", reason: "headingMissing", ...problem });
    if (places.length > 1) found.problems.push({ code: "table.ambiguous", reason: "labelRepeated", ...problem });
    if (places.length === 1 && places[0] !== undefined) starts.set(section, places[0]);
  }
  const bounds = [...starts.values(), items.length].sort((a, b) => a - b);
  const first = bounds[0] ?? items.length;
  if (starts.size > 0) {
    // Figures above the first 第二十条 heading belong to no item: said, never dropped silently.
    const stray = splitRun(items.slice(0, first), table).cells.flatMap((c) => (c.kind === "value" ? [c.text] : []));
    if (stray.length > 0)
      found.problems.push({
        code: "table.ambiguous",
        table: table.id,
        reason: "beforeHeading",
        detail: stray.join(" "),
        scope: "none",
      });
  }
  return table.sections.flatMap((section) => {
    if (section.heading === undefined) return [{ section, sectionItems: items }];
    const start = starts.get(section);
    if (start === undefined) return [];
    const end = bounds.find((bound) => bound > start) ?? items.length;
    return [{ section, sectionItems: items.slice(start + 1, end) }];
  });
}

/** The cells that follow a label, then any local rows written after them (a label, then its cells). */
function splitRun(items: readonly Item[], table: TableDef): { cells: RunCell[]; extras: ExtraRow[] } {
  const cells: RunCell[] = [];
  const extras: { label: string[]; cells: RunCell[] }[] = [];
  for (const item of items) {
    const current = extras.at(-1);
    if (item.kind === "raw" && isWords(item.text)) {
      if (current && !current.cells.some((c) => c.kind === "value")) current.label.push(item.text);
      else extras.push({ label: [item.text], cells: [] });
      continue;
    }
    const cell: RunCell | undefined =
      item.kind === "raw" ? { kind: "value", text: item.text, line: item.line } : toCell(item);
    if (cell) (current ? current.cells : cells).push(cell);
  }
  // Text with no figures after it is a note, not a row.
  const rows = extras.filter((extra) => extra.cells.some((c) => c.kind === "value"));
  return {
    cells,
    extras: rows.map((row) => ({
      table: table.id,
      label: row.label.join(""),
      cells: row.cells.flatMap((c) => (c.kind === "value" ? [c.text] : [])),
    })),
  };
}

const toCell = (item: Item): RunCell | undefined =>
  item.kind === "blank"
    ? { kind: "blank", line: item.line }
    : item.kind === "gap"
      ? { kind: "gap", lines: item.lines }
      : undefined;

/** A grid section: each row label is followed by one cell per column, in column order. */
function readGrid(table: TableDef, section: SectionDef, items: readonly Item[], found: Collected) {
  const rowsByKey = new Map(section.rows.map((row) => [labelKey(row.label), row]));
  const runs: { owner?: RowDef; unclear?: Item; line: number; items: Item[] }[] = [{ line: -1, items: [] }];
  for (const item of items) {
    if (item.kind === "label") runs.push({ owner: rowsByKey.get(item.key), line: item.line, items: [] });
    else if (item.kind === "unclear") runs.push({ unclear: item, line: item.line, items: [] });
    else runs.at(-1)?.items.push(item);
  }
  const seen = new Set<RowDef>();
  const repeated = new Set<RowDef>();
  const rowCells = new Map<RowDef, string[]>();
  for (const { owner, unclear, line, items: runItems } of runs) {
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
      if (figures.length > 0) found.problems.push(strayProblem(table, figures));
      continue;
    }
    if (seen.has(owner)) {
      repeated.add(owner);
      continue;
    }
    seen.add(owner);
    const fitted = fitCells(cells, section.columns.length, line);
    const problem = { table: table.id, detail: owner.label, expected: section.columns.length, scope: "row" as const };
    if (fitted) rowCells.set(owner, fitted);
    else if (figures.length < section.columns.length)
      found.problems.push({ code: "table.incomplete", reason: "tooFewNumbers", ...problem, actual: figures.length });
    else found.problems.push({ code: "table.ambiguous", reason: "tooManyNumbers", ...problem, actual: figures.length });
  }
  for (const row of section.rows) {
    const scope = { table: table.id, detail: row.label, scope: "row" as const };
    if (repeated.has(row)) found.problems.push({ code: "table.ambiguous", reason: "labelRepeated", ...scope });
    else if (!seen.has(row)) found.problems.push({ code: "table.incomplete", reason: "rowMissing", ...scope });
    const cells = repeated.has(row) ? undefined : rowCells.get(row);
    cells?.forEach((text, n) => {
      const column = section.columns[n];
      if (column) found.raws.set(cellKey(row.key, column.key), text);
    });
  }
}

const strayProblem = (table: TableDef, figures: RunCell[]): ReadProblem => ({
  code: "table.ambiguous",
  table: table.id,
  reason: "strayNumbers",
  detail: figures.flatMap((c) => (c.kind === "value" ? [c.text] : [])).join(" "),
  scope: "none",
});

/**
 * A flat section (table 四): every cell after the header, row after row, whatever header is printed above. The
 * header ends at its last label; figures above it belong to no cell.
 */
function readFlat(table: TableDef, section: SectionDef, items: readonly Item[], found: Collected) {
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
  const keys = section.rows.flatMap((row) => section.columns.map((column) => cellKey(row.key, column.key)));
  const figures = cells.filter((c) => c.kind === "value").length;
  const fitted = fitCells(cells, keys.length, line);
  const problem = { table: table.id, expected: keys.length, actual: figures, scope: "table" as const };
  if (fitted) keys.forEach((key, n) => found.raws.set(key, fitted[n] ?? ""));
  else if (figures < keys.length)
    found.problems.push({ code: "table.incomplete", reason: "tooFewNumbers", ...problem });
  else found.problems.push({ code: "table.ambiguous", reason: "tooManyNumbers", ...problem });
}
