import { useCallback, useEffect, useState } from "react";
import type { InsertOutcome, InsertRequest, ReportSheetRef, WorkbookActions } from "../workbook-actions";
import type { useHostAction } from "./useHostAction";

type Host = ReturnType<typeof useHostAction>;

/** The reports in the workbook, the one the pane works on, and inserting a new year's template. */
export function useReportSheets(actions: WorkbookActions, host: Host) {
  const [sheets, setSheets] = useState<ReportSheetRef[]>([]);
  const [current, setCurrent] = useState<ReportSheetRef | undefined>(undefined);
  const [lastInsert, setLastInsert] = useState<InsertOutcome | undefined>(undefined);
  const { run, fail } = host;

  // The reports already in the workbook, read once when the pane opens (the latest year becomes current).
  useEffect(() => {
    let live = true;
    actions
      .findReportSheets()
      .then((found) => {
        if (!live) return;
        setSheets(found);
        setCurrent((was) => found.find((s) => s.tablesSheet === was?.tablesSheet) ?? found.at(-1));
      })
      .catch(fail);
    return () => {
      live = false;
    };
  }, [actions, fail]);

  const insert = useCallback(
    async (request: InsertRequest) => {
      const outcome = await run(() => actions.insertTemplate(request));
      setLastInsert(outcome);
      if (outcome?.ok) {
        setSheets((was) => [...was, outcome.sheet]);
        setCurrent(outcome.sheet);
      }
    },
    [actions, run],
  );

  const open = useCallback(
    async (name: string) => {
      await run(() => actions.openSheet(name));
      const sheet = sheets.find((s) => s.tablesSheet === name || s.textSheet === name);
      if (sheet) setCurrent(sheet);
    },
    [actions, run, sheets],
  );

  return { sheets, current, setCurrent, insert, lastInsert, open };
}
