import type { FormatDef } from "../tables/formats";
import { ruleInstances } from "../rules/instances";
import { toA1 } from "./a1";
import { tableFrames, type LabelsMode } from "./frame";
import { layoutFlatSection } from "./flat-section";
import { layoutGridSection } from "./grid-section";
import { rangeName, textRangeName } from "./names";
import { blockOf, place, type NamedCell, type SheetCell, type SheetDraft, type SheetLayout } from "./sheet";
import { withTotals } from "./totals";
import { columnWidthsOf } from "./widths";

// The two sheets of a year's report, described as plain data for the adapters (Office.js, exceljs).
//
// Tables sheet, top to bottom: row 0 the report title; then each table in the format's order (二, 三, 四): its
// title, its caption if any, its sections one under another (grid-section.ts, flat-section.ts), and a blank row
// before the next table. Column geometry is in frame.ts: one label area on the left for every table, which the
// sheet freezes with the title row, so the labels and the report's body and year stay in view however far the
// figures are scrolled (the title and table titles are merged over the label area only, so nothing crosses the
// frozen edge). Only the top rows of a sheet can be frozen, and each table has its own header: freezing table 三's
// header would hide the tables above it. For the same reason only the report title repeats on printed pages.
//
// Text sheet: one wide column; row 0 the report title, then for each prose section (一、五、六) its title
// and one wrapped input cell for the prose. The cells are not merged, so Excel can grow each row to fit.

/** The width of the text sheet's one column, in characters: about 45 Chinese characters a line. */
const TEXT_COLUMN_WIDTH = 90;

/** “某市某局2025年政府信息公开工作年度报告” */
export function reportTitle(body: string, year: number): string {
  return `${body}${year}年政府信息公开工作年度报告`;
}

/**
 * The sheet of tables 二、三、四 for a report year: cells, merges, totals, widths and names. `labels`: "shared" for the
 * sheet (one frozen label area), "perTable" for print (report-tables.ts), where nothing is frozen.
 */
export function layoutTablesSheet(
  format: FormatDef,
  year: number,
  body: string,
  labels: LabelsMode = "shared",
): SheetLayout {
  const frameOf = tableFrames(format.tables, labels);
  const sheet = format.tables[0] ? frameOf(format.tables[0]) : { width: 1, labelArea: 0 };
  const width = sheet.width;
  // Titles stay over the label area where it is frozen, so nothing crosses the frozen edge.
  const labelArea = labels === "shared" ? sheet.labelArea : 0;
  const titleColumns = { start: 0, span: labelArea > 0 ? labelArea : width };
  const draft: SheetDraft = { cells: [], merges: [] };
  const titleRow = (row: number, value: string, role: "title" | "heading" | "caption"): void =>
    place(draft, blockOf({ start: row, span: 1 }, titleColumns), { value, role });

  titleRow(0, reportTitle(body, year), "title");
  const tables: SheetLayout["tables"] = [];
  let row = 1;
  format.tables.forEach((table, i) => {
    if (i > 0) row += 1;
    const top = row;
    titleRow(row++, table.title, "heading");
    if (table.caption !== undefined) titleRow(row++, table.caption, "caption");
    const frame = frameOf(table);
    for (const section of table.sections) {
      const grid = section.layout === "grid";
      const sectionFrame = { top: row, labelArea: grid ? frame.labelArea : labelArea, figures: frame.figures(section) };
      row = grid
        ? layoutGridSection(draft, table, section, sectionFrame)
        : layoutFlatSection(draft, table, section, sectionFrame);
    }
    tables.push({ id: table.id, top, bottom: row - 1 });
  });

  const cells = withTotals(draft.cells, ruleInstances(format));
  const names = cells.flatMap((cell): NamedCell[] =>
    cell.ref ? [{ name: rangeName(year, cell.ref), ref: cell.ref, address: toA1(cell.row, cell.col) }] : [],
  );
  return {
    cells,
    merges: draft.merges,
    columnWidths: columnWidthsOf(cells, draft.merges, width),
    names,
    printTitleRows: { first: 0, last: 0 },
    ...(labelArea > 0 && { frozen: { rows: 1, columns: labelArea } }),
    tables,
  };
}

/** The sheet of prose sections 一、五、六: each section's title, then one input cell for its text. */
export function layoutTextSheet(format: FormatDef, year: number, body: string): SheetLayout {
  const textRow = (index: number): number => 2 + 2 * index;
  const cells: SheetCell[] = [
    { row: 0, col: 0, value: reportTitle(body, year), role: "title" },
    ...format.text.flatMap((section, i): SheetCell[] => [
      { row: textRow(i) - 1, col: 0, value: section.title, role: "heading" },
      { row: textRow(i), col: 0, role: "input" },
    ]),
  ];
  const names = format.text.map((section, i): NamedCell => ({
    name: textRangeName(year, section.key),
    section: section.key,
    address: toA1(textRow(i), 0),
  }));
  return {
    cells,
    merges: [],
    columnWidths: [TEXT_COLUMN_WIDTH],
    names,
    printTitleRows: { first: 0, last: 0 },
    tables: [],
  };
}
