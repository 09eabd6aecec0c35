import { formats, layoutTablesSheet, type Finding, type FormatId, type SheetLayout } from "../domain";
import { blockOf } from "./blocks";
import { hostCall } from "./host-error";
import { queueProtectionRead, queueUnprotected, syncQuietly } from "./quiet-writes";
import { queueReportRead, refId, type FoundCell } from "./read-report";
import type { ReportSheet } from "./settings";
import { ERROR_FILL, templateFill, WARNING_FILL } from "./template-style";

// Findings shown in the sheet as direct fills (no conditional formats to leave behind): light red for errors,
// light amber for warnings. Every other figure cell gets its template fill back, so a fixed cell clears itself.
// The preview host's API subset has no cell notes or comments, so the finding's text stays in the pane.

/** The fill each cell gets: errors win over warnings; dismissed warnings and blank-cell warnings paint nothing. */
export function marksOf(findings: readonly Finding[]): Map<string, "error" | "warning"> {
  const marks = new Map<string, "error" | "warning">();
  for (const finding of findings) {
    // A blank warning lists every empty cell: painting them all would colour a template being filled in.
    if (finding.dismissed || finding.code === "cell.blank") continue;
    for (const cell of finding.cells) {
      if (marks.get(refId(cell)) !== "error") marks.set(refId(cell), finding.severity);
    }
  }
  return marks;
}

/** Queues the fills of every figure cell found in the sheet: marked ones painted, the others as in the template. */
export function queueMarks(
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  cells: ReadonlyMap<string, FoundCell>,
  findings: readonly Finding[],
): void {
  const marks = marksOf(findings);
  for (const cell of layout.cells) {
    const found = cell.ref ? cells.get(refId(cell.ref)) : undefined;
    if (!cell.ref || !found) continue;
    const { rows, cols } = blockOf(layout, cell);
    const fill = sheet.getRangeByIndexes(found.row, found.col, rows, cols).format.fill;
    const mark = marks.get(refId(cell.ref));
    const color = mark === "error" ? ERROR_FILL : mark === "warning" ? WARNING_FILL : templateFill(cell.role);
    if (color === undefined) fill.clear();
    else fill.color = color;
  }
}

/** The tables sheet's layout for a report entry (positions as inserted; names say where cells are now). */
export function layoutOf(sheet: ReportSheet, format: FormatId = sheet.format): SheetLayout {
  return layoutTablesSheet(formats[format], sheet.year, sheet.body);
}

/** Paints the cells of the findings and clears the marks of cells no longer in them. One Excel.run, two syncs. */
export function markFindings(
  sheet: ReportSheet,
  findings: readonly Finding[],
  format: FormatId = sheet.format,
): Promise<void> {
  return hostCall(() =>
    Excel.run(async (context) => {
      const tables = context.workbook.worksheets.getItem(sheet.tablesSheet);
      const reading = queueReportRead(context, sheet.year, [format]);
      const protection = queueProtectionRead(tables);
      await context.sync();
      const { cells } = reading({ ...sheet, format });
      await syncQuietly(context, () =>
        queueUnprotected(tables, protection(), () => queueMarks(tables, layoutOf(sheet, format), cells, findings)),
      );
    }),
  );
}
