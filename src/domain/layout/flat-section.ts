import { cellKey } from "../cells";
import type { SectionDef, TableDef } from "../model";
import { distribute, groupDepth, headerTree, type Extent } from "./header";
import { blockOf, place, type SheetDraft } from "./sheet";
import { headingRow, type SectionFrame } from "./grid-section";

// A flat section (table 四) prints one line of figures; its rows become header groups over their columns:
//   [heading]                     as a grid section's (grid-section.ts)
//   [columnsHeading]              merged over the figure columns
//   row-group header rows         行政诉讼 over the 10 columns of its two rows; 行政复议, having no group,
//                                 merged down over the row that holds 未经复议直接起诉 and 复议后起诉
//   one column-label row          结果维持 … 总计, repeated under every row
//   one row of figures            rows × columns input cells, in the definition's order
// The figures take the table's figure columns after the label area; having no labels, the section leaves its part
// of the label area one blank block, from its first header row to its figures.

/** Lay out a flat section into the draft; returns the first row after it. */
export function layoutFlatSection(
  draft: SheetDraft,
  table: TableDef,
  section: SectionDef,
  frame: SectionFrame,
): number {
  const { labelArea, figures } = frame;
  const allFigures: Extent = { start: labelArea, span: figures };
  let row = frame.top;
  if (section.heading !== undefined) {
    headingRow(draft, row, section.heading, frame);
    row += 1;
  }
  const top = row;
  if (section.columnsHeading !== undefined) {
    place(draft, blockOf({ start: row, span: 1 }, allFigures), { value: section.columnsHeading, role: "header" });
    row += 1;
  }
  const columnCount = section.columns.length;
  const slots = distribute(labelArea, figures, section.rows.length * columnCount);
  const slotOf = (rowIndex: number, columnIndex: number): Extent => slots[rowIndex * columnCount + columnIndex]!;
  const rowExtents = section.rows.map((_, i) => {
    const first = slotOf(i, 0);
    const last = slotOf(i, columnCount - 1);
    return { start: first.start, span: last.start + last.span - first.start };
  });
  const levels = Array.from({ length: groupDepth(section.rows) + 1 }, (_, i) => ({ start: row + i, span: 1 }));
  for (const cell of headerTree(section.rows, rowExtents, levels)) {
    place(draft, blockOf(cell.across, cell.along), { value: cell.text, role: "header" });
  }
  row += levels.length;
  const labelRow: Extent = { start: row, span: 1 };
  const figureRow: Extent = { start: row + 1, span: 1 };
  section.rows.forEach((rowDef, i) => {
    section.columns.forEach((column, j) => {
      place(draft, blockOf(labelRow, slotOf(i, j)), { value: column.label, role: "header" });
      place(draft, blockOf(figureRow, slotOf(i, j)), {
        role: "input",
        ref: { table: table.id, key: cellKey(rowDef.key, column.key) },
        kind: column.kind ?? table.kind,
      });
    });
  });
  if (labelArea > 0)
    place(draft, blockOf({ start: top, span: row + 2 - top }, { start: 0, span: labelArea }), { role: "header" });
  return row + 2;
}
