import { hostCall } from "./host-error";

// How the add-in starts its Excel batches. Every batch started by an edit or a click waits while the person is typing
// in a cell instead of failing (RunOptions.delayForCellEdit; Microsoft's page "Delay execution while cell is being
// edited"; the option has no requirement set, and hosts that lack it ignore it). A person's action that writes is one
// step of their undo history: Excel.run({ mergeUndoGroup: true }) merges the batch's syncs into one undo group
// (ExcelApi 1.20, feature-detected as Microsoft's requirement-set pages say; without it each writing sync is its own
// step, and the add-in's actions write in one sync).
//
// No batch of the add-in after insertion calls an API from the "Unsupported APIs" table of Microsoft's page "Undo
// capabilities of Excel add-ins" (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities):
// calling one clears the person's undo stack, and inside a merged group it throws UndoNotSupported. The protection
// calls (WorksheetProtection.protect, unprotect, pauseProtection…) and Worksheet.delete are on that list: the sheets
// are protected once, at insertion, and never touched again.

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** Whether the host merges a batch's syncs into one undo step (ExcelApi 1.20). */
function mergesUndo(): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", "1.20");
}

/** A batch started by an edit or a click that only reads, or writes what is not the person's work (events). */
export function runForUser<T>(batch: Batch<T>): Promise<T> {
  return hostCall(() => Excel.run({ delayForCellEdit: true }, batch));
}

/** A person's action that writes into the workbook: one undo step where the host can merge, waiting for cell edits. */
export function runUndoStep<T>(batch: Batch<T>): Promise<T> {
  const options: Excel.RunOptions = mergesUndo()
    ? { delayForCellEdit: true, mergeUndoGroup: true }
    : { delayForCellEdit: true };
  return hostCall(() => Excel.run(options, batch));
}
