import { planQuickFix, rangeName, type QuickFix } from "../domain";
import { oneAtATime, type CheckResult } from "./check-run";
import { HostError } from "./host-error";
import { inspectReport, queueInspection } from "./inspect";
import { settle, syncWrites } from "./put-back";
import { runUndoStep } from "./run";
import type { ReportSheet } from "./settings";

/**
 * Applies a quick fix (the domain decides which cells get what, on the cells as read now) and checks the report as
 * the fix left it. One Excel.run, one undo step: the first sync reads, the second writes and reads again (Excel
 * recalculates before answering a load queued after a write); one sync when nothing needed it. Cells are written
 * through their names, which follow them wherever rows were inserted or the sheet renamed.
 *
 * Only figure cells and totals are written, never the sheet's protection: input cells are unlocked, and a total can
 * only have lost its formula on a sheet whose protection the person lifted. On a protected sheet 恢复公式 is refused
 * before anything is written (a password, if any, is the person's own). A failed write is put back (put-back.ts).
 */
export async function applyQuickFix(sheet: ReportSheet, fix: QuickFix): Promise<CheckResult> {
  const cell = (ref: Parameters<typeof rangeName>[1]) => rangeName(sheet.year, ref);
  return oneAtATime(async () => {
    const attempt = await runUndoStep(async (context) => {
      const [total] = fix.kind === "restoreFormula" ? fix.cells : [];
      const protection = total
        ? context.workbook.names.getItem(cell(total)).getRange().worksheet.protection.load("protected")
        : undefined;
      const { check, input } = await inspectReport(context, sheet);
      const writes = planQuickFix(input.sheet, fix, check.reading, input.previous);
      if (writes.length === 0) return { ok: true as const, result: { findings: check.findings, report: check.report } };
      if (protection?.protected) throw new HostError("protected", new Error("a total's formula on a protected sheet"));
      for (const write of writes) context.workbook.names.getItem(cell(write.ref)).getRange().formulas = [[write.write]];
      const after = queueInspection(context, sheet);
      const undo = {
        cells: writes.map((write) => ({ name: cell(write.ref), before: write.before })),
        as: "formulas" as const,
      };
      return syncWrites(context, undo, () => {
        const { check: next } = after();
        return { findings: next.findings, report: next.report };
      });
    });
    return settle(attempt);
  });
}
