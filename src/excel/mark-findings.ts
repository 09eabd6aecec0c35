import { formats, layoutTablesSheet, refId, type Finding, type FormatId, type SheetLayout } from "../domain";
import { blockOf } from "./blocks";
import { cellsToMark, noteTexts, planNotes, queueNotesRead, showsOnCells, type NoteReading } from "./finding-notes";
import { hostCall } from "./host-error";
import { queueProtectionRead, queueUnprotected, syncQuietly } from "./quiet-writes";
import { queueReportRead, type FoundCell } from "./read-report";
import type { ReportSheet } from "./settings";
import { ERROR_FILL, templateFill, WARNING_FILL } from "./template-style";

// Findings shown in the sheet as direct fills (no conditional formats to leave behind): light red for errors,
// light amber for warnings, and, where the host has cell notes, the finding's text as a note (finding-notes.ts).
// Every other figure cell gets its template fill back and loses the add-in's note, so a fixed cell clears itself.
// The fills were read with the figures: only those that differ are written, so a check that changes no mark
// writes nothing.

/** The fill each cell gets: errors win over warnings; dismissed warnings and blank-cell warnings paint nothing. */
function marksOf(findings: readonly Finding[]): Map<string, "error" | "warning"> {
  const marks = new Map<string, "error" | "warning">();
  for (const finding of findings) {
    if (!showsOnCells(finding) || finding.severity === "info") continue;
    for (const cell of cellsToMark(finding)) {
      if (marks.get(refId(cell)) !== "error")
        marks.set(refId(cell), finding.severity === "error" ? "error" : "warning");
    }
  }
  return marks;
}

/** What marking needs from the first sync: the sheet's layout and, where the host has them, its notes. */
export type MarkTarget = { sheet: ReportSheet; format: FormatId; layout: SheetLayout; notes?: NoteReading };

/** Queues the reads marking needs beyond the figures (which carry their fills); call before the first sync. */
export function queueMarkRead(
  tables: Excel.Worksheet,
  sheet: ReportSheet,
  format: FormatId = sheet.format,
): MarkTarget {
  const layout = layoutOf(sheet, format);
  const notes = queueNotesRead(tables, sheet.tablesSheet, layout);
  return { sheet, format, layout, ...(notes ? { notes } : {}) };
}

/** Whether a loaded fill colour is the one wanted (no fill reads as white, and Excel may change the case). */
function sameFill(loaded: unknown, wanted: string | undefined): boolean {
  const now = typeof loaded === "string" ? loaded.toUpperCase() : undefined;
  return wanted === undefined ? now === undefined || now === "#FFFFFF" : now === wanted.toUpperCase();
}

/**
 * The writes that make the figure cells' fills and notes show the findings: marked cells painted, the others as in
 * the template. Only what differs from the sheet as read; none when every mark is right already.
 */
export function planMarks(
  sheet: Excel.Worksheet,
  target: MarkTarget,
  cells: ReadonlyMap<string, FoundCell>,
  findings: readonly Finding[],
): (() => void)[] {
  const { layout } = target;
  const marks = marksOf(findings);
  const writes: (() => void)[] = [];
  for (const cell of layout.cells) {
    const found = cell.ref ? cells.get(refId(cell.ref)) : undefined;
    if (!cell.ref || !found) continue;
    const mark = marks.get(refId(cell.ref));
    const color = mark === "error" ? ERROR_FILL : mark === "warning" ? WARNING_FILL : templateFill(cell.role);
    if (sameFill(found.fill, color)) continue;
    const { rows, cols } = blockOf(layout, cell);
    writes.push(() => {
      const fill = sheet.getRangeByIndexes(found.row, found.col, rows, cols).format.fill;
      if (color === undefined) fill.clear();
      else fill.color = color;
    });
  }
  if (target.notes)
    writes.push(...planNotes(sheet, target.sheet.tablesSheet, target.notes, cells, noteTexts(target.format, findings)));
  return writes;
}

// Layouts are never changed once built; keeping them spares the edit watcher a rebuild on every keystroke, and keeps
// the layout lookups' per-layout index warm.
const layouts = new Map<string, SheetLayout>();

/** The tables sheet's layout for a report entry (positions as inserted; names say where cells are now). */
export function layoutOf(sheet: ReportSheet, format: FormatId = sheet.format): SheetLayout {
  const key = JSON.stringify([format, sheet.year, sheet.body]);
  let layout = layouts.get(key);
  if (!layout) layouts.set(key, (layout = layoutTablesSheet(formats[format], sheet.year, sheet.body)));
  return layout;
}

/**
 * Marks the cells of the findings and clears the marks of cells no longer in them. One Excel.run: one sync when
 * every mark is right already, two otherwise.
 */
export function markFindings(
  sheet: ReportSheet,
  findings: readonly Finding[],
  format: FormatId = sheet.format,
): Promise<void> {
  return hostCall(() =>
    Excel.run(async (context) => {
      const tables = context.workbook.worksheets.getItem(sheet.tablesSheet);
      const read = queueReportRead(context, sheet.year, [format]);
      const protection = queueProtectionRead(tables);
      const target = queueMarkRead(tables, sheet, format);
      await context.sync();
      const writes = planMarks(tables, target, read({ ...sheet, format }).cells, findings);
      if (writes.length === 0) return;
      await syncQuietly(context, () => queueUnprotected(tables, protection(), () => writes.forEach((w) => w())));
    }),
  );
}
