import { cellKey, cellsOfTable } from "../cells";
import type { CellRef, Finding, FormatId, KnownSum, SectionDef, TableDef, TableValues } from "../model";
import { readCell } from "../read-cell";
import { formats } from "../tables/formats";
import { decideByColumnSums } from "./column-sums";
import { figureTexts } from "./fit-cells";
import { labelSet, markLabels, type Item, type LabelSet } from "./label-match";
import { readFlat, readGrid, splitRun, type Collected, type GroupSum } from "./section-rows";
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
  decideByColumnSums(formatId, table, found);
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
  for (const group of found.groupSums ?? []) found.findings.push(groupSumFinding(table, group));
  return { values, findings: found.findings, problems: found.problems, extraRows: found.extraRows, unread };
}

/**
 * An info finding: a group's rows were given as one row of their sum, with that sum in each column (a figure that is
 * not a number, or a blank, gives no sum: the rules on that column are not checked).
 */
function groupSumFinding(table: TableDef, group: GroupSum): Finding {
  const section = table.sections.find((s) => group.rows.every((row) => s.rows.includes(row)));
  const cells = cellsOfTable(table);
  const columns = section?.columns ?? [];
  const sums: KnownSum[] = columns.flatMap((column, n) => {
    const refs = group.rows.map((row) => ({ table: table.id, key: cellKey(row.key, column.key) }));
    const def = cells.find((cell) => cell.ref.key === refs[0]?.key);
    const raw = group.cells[n] ?? "";
    const value = def && raw !== "" ? readCell(raw, def, "text").value : undefined;
    return value === undefined ? [] : [{ cells: refs, value, line: group.label }];
  });
  return {
    ruleId: "read.subRowsSummed",
    severity: "info",
    code: "read.subRowsSummed",
    cells: group.rows.flatMap((row) =>
      columns.map((column) => ({ table: table.id, key: cellKey(row.key, column.key) })),
    ),
    detail: group.label,
    sums,
  };
}

/** One info finding per label read as an official one it was not verbatim. */
function variantFindings(items: readonly Item[]): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const item of items) {
    if (item.kind !== "label" || !item.variant || seen.has(`${item.written}\n${item.label}`)) continue;
    seen.add(`${item.written}\n${item.label}`);
    findings.push({
      ruleId: "read.label",
      severity: "info",
      code: "read.labelVariant",
      cells: [],
      quote: item.written,
      detail: item.label,
    });
  }
  return findings;
}

/**
 * Each section with the items under it: from its heading (第二十条第（N）项) to the next heading found. A section
 * whose heading was left out starts at the first label only it prints (its own rows or columns), when it has one.
 */
function sectionsOf(table: TableDef, items: readonly Item[], found: Collected) {
  // Where each label stands, found in one pass over the items rather than one per heading.
  const labelPlaces = new Map<string, number[]>();
  items.forEach((item, index) => {
    if (item.kind !== "label") return;
    const list = labelPlaces.get(item.key);
    if (list) list.push(index);
    else labelPlaces.set(item.key, [index]);
  });
  const at = (key: string): readonly number[] => labelPlaces.get(key) ?? [];
  // Where each section begins (its heading, or its first own label) and where its items start.
  const starts = new Map<SectionDef, { begin: number; content: number }>();
  for (const section of table.sections) {
    if (section.heading === undefined) continue;
    const places = at(labelKey(section.heading));
    const problem = { table: table.id, detail: section.heading, scope: "section" as const };
    const own = places.length === 0 ? ownLabelAt(table, section, items) : undefined;
    if (own !== undefined) starts.set(section, { begin: own, content: own });
    else if (places.length === 0)
      found.problems.push({ code: "table.incomplete", reason: "headingMissing", ...problem });
    if (places.length > 1) found.problems.push({ code: "table.ambiguous", reason: "labelRepeated", ...problem });
    const [place] = places;
    if (places.length === 1 && place !== undefined) starts.set(section, { begin: place, content: place + 1 });
  }
  const bounds = [...[...starts.values()].map((start) => start.begin), items.length].sort((a, b) => a - b);
  const first = bounds[0] ?? items.length;
  if (starts.size > 0) {
    // Figures above the first 第二十条 heading belong to no item: said, never dropped silently.
    const stray = figureTexts(splitRun(items.slice(0, first), table).cells);
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
    const end = bounds.find((bound) => bound > start.begin) ?? items.length;
    return [{ section, sectionItems: items.slice(start.content, end) }];
  });
}

/** Where the first label only this section of the table prints stands among the items, or undefined. */
function ownLabelAt(table: TableDef, section: SectionDef, items: readonly Item[]): number | undefined {
  const others = new Set(
    table.sections
      .filter((other) => other !== section)
      .flatMap((other) => [...other.columns, ...other.rows].map((line) => labelKey(line.label))),
  );
  const own = new Set(
    [...section.columns, ...section.rows].map((line) => labelKey(line.label)).filter((key) => !others.has(key)),
  );
  const index = items.findIndex((item) => item.kind === "label" && own.has(item.key));
  return index < 0 ? undefined : index;
}
