import type { FormatDef } from "../tables/formats";
import { ruleInstances } from "../rules/instances";
import { toA1 } from "./a1";
import { labelAreaOf, sheetWidth } from "./frame";
import { layoutFlatSection } from "./flat-section";
import { layoutGridSection } from "./grid-section";
import { rangeName, textRangeName } from "./names";
import { blockOf, place, type NamedCell, type SheetCell, type SheetDraft, type SheetLayout } from "./sheet";
import { withTotals } from "./totals";
import { columnWidthsOf } from "./widths";

// The two sheets of a year's report, described as plain data for the adapters (Office.js, exceljs).
//
// Tables sheet, top to bottom: row 0 the report title merged across the sheet; then each table in the
// format's order (二, 三, 四): its title (merged), its caption if any (merged), its sections one under
// another (grid-section.ts, flat-section.ts), and a blank row before the next table. Column geometry is in
// frame.ts. Only the report title repeats on printed pages: each table has its own header, so repeating one
// table's header rows would mislabel the others.
//
// Text sheet: one wide column; row 0 the report title, then for each prose section (一、五、六) its title
// and one wrapped input cell for the prose. The cells are not merged, so Excel can grow each row to fit.

/** The width of the text sheet's one column, in characters: about 45 Chinese characters a line. */
const TEXT_COLUMN_WIDTH = 90;

/** “某市某局2025年政府信息公开工作年度报告” */
export function reportTitle(body: string, year: number): string {
  return `${body}${year}年政府信息公开工作年度报告`;
}

/** The sheet of tables 二、三、四 for a report year: cells, merges, totals, widths and names. */
export function layoutTablesSheet(format: FormatDef, year: number, body: string): SheetLayout {
  const width = sheetWidth(format.tables);
  const fullWidth = { start: 0, span: width };
  const draft: SheetDraft = { cells: [], merges: [] };
  const titleRow = (row: number, value: string, role: "title" | "heading" | "caption"): void =>
    place(draft, blockOf({ start: row, span: 1 }, fullWidth), { value, role });

  titleRow(0, reportTitle(body, year), "title");
  const tables: SheetLayout["tables"] = [];
  let row = 1;
  format.tables.forEach((table, i) => {
    if (i > 0) row += 1;
    const top = row;
    titleRow(row++, table.title, "heading");
    if (table.caption !== undefined) titleRow(row++, table.caption, "caption");
    const labelArea = labelAreaOf(table, width);
    for (const section of table.sections) {
      const frame = { top: row, width, labelArea };
      row =
        section.layout === "grid"
          ? layoutGridSection(draft, table, section, frame)
          : layoutFlatSection(draft, table, section, frame);
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
