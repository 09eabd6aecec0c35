import { cellKey } from "../cells";
import type { SectionDef, TableDef } from "../model";
import { distribute, groupDepth, headerTree, type Extent } from "./header";
import { blockOf, place, type SheetDraft } from "./sheet";

// A grid section, top to bottom:
//   [heading]            第二十条第（一）项, merged over the label area, beside a blank header over the figures
//   header rows          the corner block (信息内容, or blank) merged over the label area and every header row;
//                        [columnsHeading] 申请人情况 over all figure columns; column groups (法人或其他组织) over
//                        their columns; each column's label, merged down when it has fewer groups (自然人, 总计)
//   one row per RowDef   row groups merged down over their rows in the group columns (三、本年度办理结果,
//                        （三）不予公开), the row label across the remaining label columns, then the figures
// Figure columns come after the label area and share the table's figure columns (see frame.ts).

/** Where a section goes: its first row, the sheet's label area and its table's figure columns after it. */
export type SectionFrame = { top: number; labelArea: number; figures: number };

const rowsOf = (top: number, count: number): Extent[] =>
  Array.from({ length: count }, (_, i) => ({ start: top + i, span: 1 }));

/** Lay out a grid section into the draft; returns the first row after it. */
export function layoutGridSection(
  draft: SheetDraft,
  table: TableDef,
  section: SectionDef,
  frame: SectionFrame,
): number {
  const { labelArea, figures } = frame;
  const labelCols: Extent = { start: 0, span: labelArea };
  const allFigures: Extent = { start: labelArea, span: figures };
  let row = frame.top;
  if (section.heading !== undefined) {
    headingRow(draft, row, section.heading, frame);
    row += 1;
  }
  const figureColumns = distribute(labelArea, figures, section.columns.length);
  const columnsHeadingRows = section.columnsHeading === undefined ? 0 : 1;
  const headerRows = columnsHeadingRows + groupDepth(section.columns) + 1;
  place(draft, blockOf({ start: row, span: headerRows }, labelCols), { value: section.corner, role: "header" });
  if (section.columnsHeading !== undefined) {
    place(draft, blockOf({ start: row, span: 1 }, allFigures), { value: section.columnsHeading, role: "header" });
  }
  const headerLevels = rowsOf(row + columnsHeadingRows, headerRows - columnsHeadingRows);
  for (const cell of headerTree(section.columns, figureColumns, headerLevels)) {
    place(draft, blockOf(cell.across, cell.along), { value: cell.text, role: "header" });
  }
  row += headerRows;

  const depth = groupDepth(section.rows);
  const labelLevels: Extent[] = [
    ...Array.from({ length: depth }, (_, i) => ({ start: i, span: 1 })),
    { start: depth, span: labelArea - depth },
  ];
  const figureRows = rowsOf(row, section.rows.length);
  for (const cell of headerTree(section.rows, figureRows, labelLevels)) {
    place(draft, blockOf(cell.along, cell.across), { value: cell.text, role: "label" });
  }
  section.rows.forEach((rowDef, i) => {
    section.columns.forEach((column, j) => {
      place(draft, blockOf(figureRows[i]!, figureColumns[j]!), {
        role: "input",
        ref: { table: table.id, key: cellKey(rowDef.key, column.key) },
        kind: column.kind ?? table.kind,
      });
    });
  });
  return row + section.rows.length;
}

/**
 * A section's heading row (第二十条第（一）项): the text over the label area and a blank header over the figures, so
 * it is not cut where the sheet freezes its labels. Printed, the two are one cell again (report-tables.ts).
 */
export function headingRow(draft: SheetDraft, row: number, text: string, frame: SectionFrame): void {
  const rows: Extent = { start: row, span: 1 };
  if (frame.labelArea === 0) {
    place(draft, blockOf(rows, { start: 0, span: frame.figures }), { value: text, role: "header" });
    return;
  }
  place(draft, blockOf(rows, { start: 0, span: frame.labelArea }), { value: text, role: "header" });
  place(draft, blockOf(rows, { start: frame.labelArea, span: frame.figures }), { role: "header" });
}
