import { useMemo, useSyncExternalStore } from "react";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import type { PreviewWorkbook } from "../workbook/workbook";

/** The workbook's latest snapshot; re-renders after every change (UI edits and Excel.run syncs alike). */
export function useWorkbookSnapshot(workbook: PreviewWorkbook): WorkbookSnapshot {
  const store = useMemo(() => snapshotStore(workbook), [workbook]);
  return useSyncExternalStore(store.subscribe, store.read);
}

// useSyncExternalStore needs the same object back until something changes, so the snapshot is cached here.
function snapshotStore(workbook: PreviewWorkbook): {
  subscribe: (onChange: () => void) => () => void;
  read: () => WorkbookSnapshot;
} {
  let current = workbook.snapshot();
  return {
    subscribe: (onChange) => {
      current = workbook.snapshot();
      return workbook.subscribe(() => {
        current = workbook.snapshot();
        onChange();
      });
    },
    read: () => current,
  };
}
