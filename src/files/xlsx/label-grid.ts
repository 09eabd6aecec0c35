import type { SectionDef, TableDef } from "../../domain";
import { cellKey } from "../../domain";
import { labelKey } from "../../domain/text-reader/tokens";
import type { Shown } from "./formulas";
import type { Block, SheetView } from "./shown-values";

// Reads a table from a sheet laid out like the official one but made by hand: no names, perhaps shifted by some
// rows and columns, headers merged or not. Everything is found by its label, driven by the table's definition:
// the table title starts the table, each 第二十条 heading its section; a grid section's figure sits where its row
// label's row meets its column label's columns; a flat section's figure sits under its column label, which sits
// under its row label (行政复议 › 结果维持). Labels are compared with all whitespace removed.

/** Rows of a sheet, 0-based and inclusive; `bottom` may be Infinity (to the end of the sheet). */
export type Rows = { top: number; bottom: number };

/** What a table's labels gave: the shown value of each figure found, by cell key, and the labels not found. */
export type LabelledTable = { shown: Map<string, Shown>; missing: string[] };

type Columns = { left: number; right: number };

type Indexed = { order: number; block: Block };

/** Each sheet's text cells by label key, in reading order: built once per sheet, so finding a label costs its matches. */
const labelIndexes = new WeakMap<SheetView, Map<string, Indexed[]>>();

function labelIndex(view: SheetView): Map<string, Indexed[]> {
  let index = labelIndexes.get(view);
  if (!index) {
    index = new Map();
    for (const [order, { text, block }] of view.texts.entries()) {
      const key = labelKey(text);
      const entries = index.get(key) ?? [];
      entries.push({ order, block });
      index.set(key, entries);
    }
    labelIndexes.set(view, index);
  }
  return index;
}

/** The first cell below `rows.top` (and within `columns`) whose text is the label, in reading order. */
export function findLabel(
  view: SheetView,
  labels: readonly string[],
  rows: Rows,
  columns?: Columns,
): Block | undefined {
  const fits = ({ block }: Indexed) =>
    block.top >= rows.top &&
    block.top <= rows.bottom &&
    (!columns || (block.left >= columns.left && block.left <= columns.right));
  const index = labelIndex(view);
  let first: Indexed | undefined;
  for (const key of new Set(labels.map(labelKey))) {
    const found = index.get(key)?.find(fits);
    if (found && (!first || found.order < first.order)) first = found;
  }
  return first?.block;
}

/** Reads one table whose rows are `rows` (from its title to the row before the next table's). */
export function readTableByLabels(view: SheetView, table: TableDef, rows: Rows): LabelledTable {
  const result: LabelledTable = { shown: new Map(), missing: [] };
  let start = rows.top;
  const starts = table.sections.map((section) => {
    if (section.heading === undefined) return start;
    const heading = findLabel(view, [section.heading], { top: start, bottom: rows.bottom });
    if (heading) start = heading.top;
    else result.missing.push(section.heading);
    return start;
  });
  table.sections.forEach((section, i) => {
    const next = starts.slice(i + 1).find((s) => s > starts[i]!);
    const sectionRows = { top: starts[i]!, bottom: next === undefined ? rows.bottom : next - 1 };
    if (section.layout === "grid") readGrid(view, section, sectionRows, result);
    else readFlat(view, section, sectionRows, result);
  });
  return result;
}

function readGrid(view: SheetView, section: SectionDef, rows: Rows, result: LabelledTable): void {
  const rowBlocks = section.rows.map((row) => findLabel(view, [row.label], rows));
  const firstRow = Math.min(...rowBlocks.map((b) => b?.top ?? Infinity));
  // Column labels sit above the first row label; the nearest one wins where a label repeats.
  const header = { top: rows.top, bottom: Number.isFinite(firstRow) ? firstRow - 1 : rows.bottom };
  const columnBlocks = section.columns.map((column) => findLastLabel(view, column.label, header));
  section.rows.forEach((row, i) => {
    const rowBlock = rowBlocks[i];
    if (!rowBlock) result.missing.push(row.label);
    section.columns.forEach((column, j) => {
      const columnBlock = columnBlocks[j];
      if (!columnBlock && i === 0) result.missing.push(column.label);
      if (rowBlock && columnBlock) {
        result.shown.set(cellKey(row.key, column.key), figureIn(view, rowBlock.top, columnBlock));
      }
    });
  });
}

function readFlat(view: SheetView, section: SectionDef, rows: Rows, result: LabelledTable): void {
  for (const row of section.rows) {
    const rowBlock = findLabel(view, [row.label], rows);
    if (!rowBlock) {
      result.missing.push(row.label);
      continue;
    }
    const below = { top: rowBlock.bottom + 1, bottom: rows.bottom };
    for (const column of section.columns) {
      const columnBlock = findLabel(view, [column.label], below, rowBlock);
      if (columnBlock)
        result.shown.set(cellKey(row.key, column.key), figureIn(view, columnBlock.bottom + 1, columnBlock));
      else result.missing.push(`${row.label} · ${column.label}`);
    }
  }
}

function findLastLabel(view: SheetView, label: string, rows: Rows): Block | undefined {
  let last: Block | undefined;
  for (let top = rows.top; top <= rows.bottom;) {
    const found = findLabel(view, [label], { top, bottom: rows.bottom });
    if (!found) break;
    last = found;
    top = found.top + 1;
  }
  return last;
}

/** The figure in a row under a label's columns: the first cell there that shows something. */
function figureIn(view: SheetView, row: number, columns: Columns): Shown {
  for (let col = columns.left; col <= columns.right; col++) {
    const shown = view.shownAt(row, col);
    if (shown !== undefined) return shown;
  }
  return undefined;
}
