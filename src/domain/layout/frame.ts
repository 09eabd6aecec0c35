import type { SectionDef, TableDef } from "../model";
import { groupDepth } from "./header";

// All tables share one grid of columns, as wide as the widest table needs (table 四: 15 figures in a line).
//
// A grid section needs its row labels' depth + 1 label columns, then one column per figure; a flat section
// needs one column per figure (rows × columns). A table narrower than the sheet keeps one label area for all
// its grid sections, as wide as lets its widest section give each figure the same whole number of columns:
//   label area = width − widest × ⌊(width − label columns) ÷ widest⌋.
// Table 三 (3 label columns, 7 figures) on a 15-column sheet: label area 8 (two group columns, then the item
// labels merged over 6 columns), one column per figure. Table 二 (1 label column, at most 3 figures): label
// area 3, each figure merged over 4 columns (a 2-figure sub-table over 6). A flat section spreads its
// figures over the full width.

const isGrid = (section: SectionDef): boolean => section.layout === "grid";

/** The label columns a grid section needs: its deepest row `groups` nesting, plus one for the row labels. */
export function labelColumnsOf(section: SectionDef): number {
  return groupDepth(section.rows) + 1;
}

/** How many figures a section lays side by side: its columns, or for a flat section rows × columns. */
export function slotsOf(section: SectionDef): number {
  return isGrid(section) ? section.columns.length : section.rows.length * section.columns.length;
}

function naturalWidth(table: TableDef): number {
  const labels = Math.max(0, ...table.sections.filter(isGrid).map(labelColumnsOf));
  return Math.max(...table.sections.map((s) => (isGrid(s) ? labels : 0) + slotsOf(s)));
}

/** The number of sheet columns: the widest table's natural width. */
export function sheetWidth(tables: readonly TableDef[]): number {
  return Math.max(1, ...tables.map(naturalWidth));
}

/** The sheet columns a table's grid sections give to row labels, so its figures split the rest evenly. */
export function labelAreaOf(table: TableDef, width: number): number {
  const grids = table.sections.filter(isGrid);
  if (grids.length === 0) return 0;
  const labels = Math.max(...grids.map(labelColumnsOf));
  const widest = Math.max(...grids.map(slotsOf));
  return width - widest * Math.floor((width - labels) / widest);
}
