import { formats, layoutTablesSheet, refId, type Finding, type FormatId, type SheetLayout } from "../domain";
import { blockOf } from "./blocks";
import { noteTexts, queueNotes, queueNotesRead, showsOnCells, type NoteReading } from "./finding-notes";
import { hostCall } from "./host-error";
import { queueProtectionRead, queueUnprotected, syncQuietly } from "./quiet-writes";
import { queueReportRead, type FoundCell, type SheetReading } from "./read-report";
import type { ReportSheet } from "./settings";
import { ERROR_FILL, templateFill, WARNING_FILL } from "./template-style";

// Findings shown in the sheet as direct fills (no conditional formats to leave behind): light red for errors,
// light amber for warnings, and, where the host has cell notes, the finding's text as a note (finding-notes.ts).
// Every other figure cell gets its template fill back and loses the add-in's note, so a fixed cell clears itself.

/** The fill each cell gets: errors win over warnings; dismissed warnings and blank-cell warnings paint nothing. */
function marksOf(findings: readonly Finding[]): Map<string, "error" | "warning"> {
  const marks = new Map<string, "error" | "warning">();
  for (const finding of findings) {
    if (!showsOnCells(finding) || finding.severity === "info") continue;
    for (const cell of finding.cells) {
      if (marks.get(refId(cell)) !== "error")
        marks.set(refId(cell), finding.severity === "error" ? "error" : "warning");
    }
  }
  return marks;
}

/** What marking needs from the first sync: the sheet's layout and, where the host has them, its notes. */
export type MarkTarget = { sheet: ReportSheet; format: FormatId; layout: SheetLayout; notes?: NoteReading };

/** Queues the reads marking needs; call before the first sync. */
export function queueMarkRead(
  tables: Excel.Worksheet,
  sheet: ReportSheet,
  format: FormatId = sheet.format,
): MarkTarget {
  const layout = layoutOf(sheet, format);
  const notes = queueNotesRead(tables, sheet.tablesSheet, layout);
  return { sheet, format, layout, ...(notes ? { notes } : {}) };
}

/**
 * Queues the fills of every figure cell found in the sheet (marked ones painted, the others as in the template) and
 * the notes that go with them.
 */
export function queueMarks(
  sheet: Excel.Worksheet,
  target: MarkTarget,
  cells: ReadonlyMap<string, FoundCell>,
  findings: readonly Finding[],
): void {
  const { layout } = target;
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
  if (target.notes)
    queueNotes(sheet, target.sheet.tablesSheet, target.notes, cells, noteTexts(target.format, findings));
}

// Layouts are never changed once built; keeping them spares the edit watcher a rebuild on every keystroke, and keeps
// the layout lookups' per-layout index warm.
const layouts = new Map<string, SheetLayout>();

/** The tables sheet's layout for a report entry (positions as inserted; names say where cells are now). */
function layoutOf(sheet: ReportSheet, format: FormatId = sheet.format): SheetLayout {
  const key = JSON.stringify([format, sheet.year, sheet.body]);
  let layout = layouts.get(key);
  if (!layout) layouts.set(key, (layout = layoutTablesSheet(formats[format], sheet.year, sheet.body)));
  return layout;
}

/**
 * Queues the reads that marking a report's cells needs; after the sync, `reading()` is the report as read and
 * `mark(findings)` queues the marks (the sheet's protection lifted for the moment, when it is protected).
 */
export function queueMarking(
  context: Excel.RequestContext,
  tables: Excel.Worksheet,
  sheet: ReportSheet,
  format: FormatId = sheet.format,
): { reading: () => SheetReading; mark: (findings: readonly Finding[]) => void } {
  const read = queueReportRead(context, sheet.year, [format]);
  const protection = queueProtectionRead(tables);
  const target = queueMarkRead(tables, sheet, format);
  let readOnce: SheetReading | undefined;
  const reading = (): SheetReading => (readOnce ??= read({ ...sheet, format }));
  return {
    reading,
    mark: (findings) =>
      queueUnprotected(tables, protection(), () => queueMarks(tables, target, reading().cells, findings)),
  };
}

/** Marks the cells of the findings and clears the marks of cells no longer in them. One Excel.run, two syncs. */
export function markFindings(
  sheet: ReportSheet,
  findings: readonly Finding[],
  format: FormatId = sheet.format,
): Promise<void> {
  return hostCall(() =>
    Excel.run(async (context) => {
      const { mark } = queueMarking(context, context.workbook.worksheets.getItem(sheet.tablesSheet), sheet, format);
      await context.sync();
      await syncQuietly(context, () => mark(findings));
    }),
  );
}
