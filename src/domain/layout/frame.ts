import type { SectionDef, TableDef } from "../model";
import { groupDepth } from "./header";

// All tables of a sheet share one label area on the left, as wide as the deepest row labels need (table 三: two
// group columns, then the item labels), so the sheet can freeze it: scrolled right, every row of figures still shows
// its label, and no merged cell crosses the frozen edge. Each table's figures follow in columns of their own, as
// many as its widest section lays side by side (table 三: 7, table 四: 15 in one line); a section with fewer figures
// spreads them over the table's figure columns (table 二's 本年处理决定数量 over its 3). A flat section (table 四)
// has no labels: its part of the label area is one blank block beside its headers and figures.

const isGrid = (section: SectionDef): boolean => section.layout === "grid";

/** The label columns a grid section needs: its deepest row `groups` nesting, plus one for the row labels. */
export function labelColumnsOf(section: SectionDef): number {
  return groupDepth(section.rows) + 1;
}

/** How many figures a section lays side by side: its columns, or for a flat section rows × columns. */
export function slotsOf(section: SectionDef): number {
  return isGrid(section) ? section.columns.length : section.rows.length * section.columns.length;
}

/** The sheet columns left of every table's figures: the most label columns any grid section needs. */
export function labelAreaOf(tables: readonly TableDef[]): number {
  return Math.max(0, ...tables.flatMap((table) => table.sections.filter(isGrid).map(labelColumnsOf)));
}

/** The columns a table's figures take after the label area: as many as its widest section's figures. */
export function figureColumnsOf(table: TableDef): number {
  return Math.max(1, ...table.sections.map(slotsOf));
}

/** The number of sheet columns: the label area, then the widest table's figures. */
export function sheetWidth(tables: readonly TableDef[]): number {
  return labelAreaOf(tables) + Math.max(1, ...tables.map(figureColumnsOf));
}

/**
 * Where a table's labels end and its figures go, as the layout's `labels` option asks: "shared" (the sheet: one label
 * area for every table, frozen) or "perTable" (print: each table as wide as the widest, its own label area as wide as
 * lets its widest section give each figure the same whole number of columns, a flat section across the full width:
 * the proportions the Word export and the PDF reader were measured with).
 */
export type LabelsMode = "shared" | "perTable";

export type TableFrame = { width: number; labelArea: number; figures: (section: SectionDef) => number };

export function tableFrames(tables: readonly TableDef[], mode: LabelsMode): (table: TableDef) => TableFrame {
  if (mode === "shared") {
    const width = sheetWidth(tables);
    const labelArea = labelAreaOf(tables);
    return (table) => ({ width, labelArea, figures: () => figureColumnsOf(table) });
  }
  const naturalWidth = (table: TableDef): number => {
    const labels = Math.max(0, ...table.sections.filter(isGrid).map(labelColumnsOf));
    return Math.max(...table.sections.map((s) => (isGrid(s) ? labels : 0) + slotsOf(s)));
  };
  const width = Math.max(1, ...tables.map(naturalWidth));
  return (table) => {
    const grids = table.sections.filter(isGrid);
    const labels = Math.max(0, ...grids.map(labelColumnsOf));
    const widest = Math.max(1, ...grids.map(slotsOf));
    const labelArea = grids.length === 0 ? 0 : width - widest * Math.floor((width - labels) / widest);
    return { width, labelArea, figures: (section) => (isGrid(section) ? width - labelArea : width) };
  };
}
