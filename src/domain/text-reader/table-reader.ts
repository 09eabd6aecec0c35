import { cellKey, cellsOfTable, type CellDef } from "../cells";
import type { Finding, RowDef, SectionDef, TableDef, TableValues } from "../model";
import { readCell } from "../read-cell";
import type { ExtraRow, ReadProblem } from "./read-problem";
import { labelKey, labelSet, labelsOfTable, markLabels, tokenize, type Item } from "./tokens";

export type TableReading = {
  /** Empty when the table has a problem: no number is guessed. */
  values: TableValues;
  findings: Finding[];
  problems: ReadProblem[];
  extraRows: ExtraRow[];
};

const notRead = (problems: ReadProblem[]): TableReading => ({ values: {}, findings: [], problems, extraRows: [] });

/** What one pass over a table collects before any cell is read: raw cell text by key, extras and problems. */
type Collected = { raws: Map<string, string>; extraRows: ExtraRow[]; problems: ReadProblem[] };

/**
 * Reads one table from the lines under its title, driven by its definition: sections, rows, columns and layout.
 * The table ends early at a label only a neighbouring table prints, so that a neighbour whose title is missing
 * is not read as rows of this one.
 */
export function readTable(
  table: TableDef,
  lines: readonly string[] | undefined,
  neighbours: readonly TableDef[] = [],
): TableReading {
  if (!lines) return notRead([{ code: "table.missing", table: table.id }]);
  const own = labelsOfTable(table);
  const ownKeys = new Set(own.map(labelKey));
  const marked = markLabels(tokenize(lines), labelSet([...own, ...neighbours.flatMap(labelsOfTable)]));
  const end = marked.findIndex((item) => item.kind === "label" && !ownKeys.has(item.key));
  const items = end < 0 ? marked : marked.slice(0, end);
  const found: Collected = { raws: new Map(), extraRows: [], problems: [] };
  for (const { section, sectionItems } of sectionsOf(table, items, found)) {
    const probe = cellsOfTable(table).find((cell) => cell.section === section);
    if (!probe) continue;
    if (section.layout === "grid") readGrid(table, section, sectionItems, probe, found);
    else readFlat(table, section, sectionItems, probe, found);
  }
  if (found.problems.length > 0) return notRead(found.problems);
  const values: TableValues = {};
  const findings: Finding[] = [];
  for (const cell of cellsOfTable(table)) {
    const reading = readCell(found.raws.get(cell.ref.key), cell, "text");
    if (reading.value !== undefined) values[cell.ref.key] = reading.value;
    findings.push(...reading.findings);
  }
  return { values, findings, problems: [], extraRows: found.extraRows };
}

/** Each section with the items under it: from its heading (第二十条第（N）项) to the next heading found. */
function sectionsOf(table: TableDef, items: readonly Item[], found: Collected) {
  const at = (key: string): number[] =>
    items.flatMap((item, index) => (item.kind === "label" && item.key === key ? [index] : []));
  const starts = new Map<SectionDef, number>();
  for (const section of table.sections) {
    if (section.heading === undefined) continue;
    const places = at(labelKey(section.heading));
    const problem = { table: table.id, detail: section.heading };
    if (places.length === 0) found.problems.push({ code: "table.incomplete", reason: "headingMissing", ...problem });
    if (places.length > 1) found.problems.push({ code: "table.ambiguous", reason: "labelRepeated", ...problem });
    if (places.length === 1 && places[0] !== undefined) starts.set(section, places[0]);
  }
  const bounds = [...starts.values(), items.length].sort((a, b) => a - b);
  return table.sections.flatMap((section) => {
    if (section.heading === undefined) return [{ section, sectionItems: items }];
    const start = starts.get(section);
    if (start === undefined) return [];
    const end = bounds.find((bound) => bound > start) ?? items.length;
    return [{ section, sectionItems: items.slice(start + 1, end) }];
  });
}

/** Local text between cells (其他主动公开文件) rather than a cell the reader should refuse (“约10件”, “-3”). */
function isLabelText(token: string, probe: CellDef): boolean {
  const reading = readCell(token, probe, "text");
  if (!reading.findings.some((finding) => finding.code === "cell.notNumber")) return false;
  const words = token.replace(/[件项个元万]/gu, "").match(/\p{Script=Han}/gu) ?? [];
  return words.length >= 2;
}

/** The cells that follow a label, then any local rows written after them (a label, then its cells). */
function splitRun(tokens: readonly string[], probe: CellDef): { cells: string[]; extras: ExtraRow[] } {
  const cells: string[] = [];
  const extras: { label: string[]; cells: string[] }[] = [];
  for (const token of tokens) {
    const current = extras.at(-1);
    if (!isLabelText(token, probe)) (current ? current.cells : cells).push(token);
    else if (current && current.cells.length === 0) current.label.push(token);
    else extras.push({ label: [token], cells: [] });
  }
  // Text with no numbers after it is a note, not a row.
  const rows = extras.filter((extra) => extra.cells.length > 0);
  return {
    cells,
    extras: rows.map((row) => ({ table: probe.ref.table, label: row.label.join(""), cells: row.cells })),
  };
}

/** A grid section: each row label is followed by one cell per column, in column order. */
function readGrid(table: TableDef, section: SectionDef, items: readonly Item[], probe: CellDef, found: Collected) {
  const rowsByKey = new Map(section.rows.map((row) => [labelKey(row.label), row]));
  const runs: { owner?: RowDef; tokens: string[] }[] = [{ tokens: [] }];
  for (const item of items) {
    if (item.kind === "label") runs.push({ owner: rowsByKey.get(item.key), tokens: [] });
    else runs.at(-1)?.tokens.push(item.text);
  }
  const seen = new Set<RowDef>();
  for (const { owner, tokens } of runs) {
    const { cells, extras } = splitRun(tokens, probe);
    found.extraRows.push(...extras);
    if (!owner) {
      if (cells.length > 0)
        found.problems.push({
          code: "table.ambiguous",
          table: table.id,
          reason: "strayNumbers",
          detail: cells.join(" "),
        });
      continue;
    }
    const problem = { table: table.id, detail: owner.label, expected: section.columns.length, actual: cells.length };
    if (seen.has(owner))
      found.problems.push({ code: "table.ambiguous", table: table.id, reason: "labelRepeated", detail: owner.label });
    else if (cells.length < section.columns.length)
      found.problems.push({ code: "table.incomplete", reason: "tooFewNumbers", ...problem });
    else if (cells.length > section.columns.length)
      found.problems.push({ code: "table.ambiguous", reason: "tooManyNumbers", ...problem });
    else section.columns.forEach((column, n) => found.raws.set(cellKey(owner.key, column.key), cells[n] ?? ""));
    seen.add(owner);
  }
  for (const row of section.rows.filter((r) => !seen.has(r))) {
    found.problems.push({ code: "table.incomplete", table: table.id, reason: "rowMissing", detail: row.label });
  }
}

/** A flat section (table 四): every cell on one line, row after row, whatever header is printed above. */
function readFlat(table: TableDef, section: SectionDef, items: readonly Item[], probe: CellDef, found: Collected) {
  const cells = items.flatMap((item) => (item.kind === "raw" && !isLabelText(item.text, probe) ? [item.text] : []));
  const keys = section.rows.flatMap((row) => section.columns.map((column) => cellKey(row.key, column.key)));
  const problem = { table: table.id, expected: keys.length, actual: cells.length };
  if (cells.length < keys.length)
    found.problems.push({ code: "table.incomplete", reason: "tooFewNumbers", ...problem });
  else if (cells.length > keys.length)
    found.problems.push({ code: "table.ambiguous", reason: "tooManyNumbers", ...problem });
  else keys.forEach((key, n) => found.raws.set(key, cells[n] ?? ""));
}
