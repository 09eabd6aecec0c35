import { HostError, toHostError } from "./host-error";
import { runForUser } from "./run";

// A writing batch that fails part-way keeps what came before the failing operation (Excel commits a batch's
// operations in order and rolls nothing back). The add-in's writes after insertion are named cells whose contents
// it read in the same run, so it writes those contents back: the workbook is as it was, and the pane says so.

/** Named cells as they were before a write, and how they were read: `formulas` (figures, totals), `values` (prose). */
export type CellsBefore = { cells: readonly { name: string; before: unknown }[]; as: "formulas" | "values" };

/** What a writing batch reports: its result, or the failure of its writing sync with the cells to put back. */
export type WriteAttempt<T> = { ok: true; result: T } | { ok: false; failure: unknown; undo: CellsBefore };

/** Syncs the writes queued in `context`; a failure comes back as a WriteAttempt instead of a rejection. */
export async function syncWrites<T>(
  context: Excel.RequestContext,
  undo: CellsBefore,
  result: () => T,
): Promise<WriteAttempt<T>> {
  try {
    await context.sync();
  } catch (failure) {
    return { ok: false, failure, undo };
  }
  return { ok: true, result: result() };
}

/**
 * The attempt's result; after a failed write, every cell written back as it was (in a batch of its own), then a
 * HostError `rolledBack`. When putting back fails too, the original failure.
 */
export async function settle<T>(attempt: WriteAttempt<T>): Promise<T> {
  if (attempt.ok) return attempt.result;
  const { cells, as } = attempt.undo;
  try {
    await runForUser(async (context) => {
      for (const cell of cells) context.workbook.names.getItem(cell.name).getRange()[as] = [[cell.before]];
      await context.sync();
    });
  } catch {
    throw toHostError(attempt.failure);
  }
  throw new HostError("rolledBack", attempt.failure);
}
