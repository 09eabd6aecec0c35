import { cellKey } from "../cells";
import type { SectionDef, TableDef } from "../model";
import { distribute, groupDepth, headerTree, type Extent } from "./header";
import { blockOf, place, type SheetDraft } from "./sheet";
import type { SectionFrame } from "./grid-section";

// A flat section (table 四) prints one line of figures; its rows become header groups over their columns:
//   [heading], [columnsHeading]   merged across the sheet
//   row-group header rows         行政诉讼 over the 10 columns of its two rows; 行政复议, having no group,
//                                 merged down over the row that holds 未经复议直接起诉 and 复议后起诉
//   one column-label row          结果维持 … 总计, repeated under every row
//   one row of figures            rows × columns input cells, in the definition's order
// The figures share the full sheet width; a flat section has no label area and no corner.

/** Lay out a flat section into the draft; returns the first row after it. */
export function layoutFlatSection(
  draft: SheetDraft,
  table: TableDef,
  section: SectionDef,
  frame: SectionFrame,
): number {
  const { width } = frame;
  const fullWidth: Extent = { start: 0, span: width };
  let row = frame.top;
  for (const text of [section.heading, section.columnsHeading]) {
    if (text === undefined) continue;
    place(draft, blockOf({ start: row, span: 1 }, fullWidth), { value: text, role: "header" });
    row += 1;
  }
  const columnCount = section.columns.length;
  const slots = distribute(0, width, section.rows.length * columnCount);
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
  return row + 2;
}
