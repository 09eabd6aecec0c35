// Writes the add-in makes to a report sheet while people work in it: with events off, so the edit watcher does not
// answer its own writes, and with the sheet's protection lifted for the moment of the write when it is protected
// (total formulas and fills are on locked cells).

export type ProtectionState = { isProtected: boolean; options: Excel.WorksheetProtectionOptions };

/** Queues the load of a sheet's protection; after the sync, call the result for its state. */
export function queueProtectionRead(sheet: Excel.Worksheet): () => ProtectionState {
  sheet.protection.load("protected, options");
  return () => ({ isProtected: sheet.protection.protected, options: sheet.protection.options });
}

/** Queues `write` between an unprotect and a protect with the same options, when the sheet was protected. */
export function queueUnprotected(sheet: Excel.Worksheet, state: ProtectionState, write: () => void): void {
  if (state.isProtected) sheet.protection.unprotect();
  write();
  if (state.isProtected) sheet.protection.protect(state.options);
}

/**
 * Queues `write` with events off and syncs once; events are switched back on in the same batch, or, when the
 * batch fails part-way, by one more sync in `finally`.
 */
export async function syncQuietly(context: Excel.RequestContext, write: () => void): Promise<void> {
  context.runtime.enableEvents = false;
  let restored = false;
  try {
    write();
    context.runtime.enableEvents = true;
    await context.sync();
    restored = true;
  } finally {
    if (!restored) {
      context.runtime.enableEvents = true;
      // Best effort: the error that brought us here is the one to report.
      await context.sync().catch(() => undefined);
    }
  }
}
