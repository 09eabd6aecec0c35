import { useCallback, useEffect, useRef, useState } from "react";
import type { InsertOutcome, InsertRequest, ReportSheetRef, WorkbookActions } from "../workbook-actions";
import type { useHostAction } from "./useHostAction";
import { holdSubscription } from "./hold-subscription";

type Host = ReturnType<typeof useHostAction>;

const onSheet = (name: string | undefined) => (s: ReportSheetRef) => s.tablesSheet === name || s.textSheet === name;

/**
 * The reports in the workbook, the one the pane works on, and inserting a new year's template. The current report
 * follows the sheet in view: activating a report's tables or prose sheet makes it current (for the pane's checks and
 * the ribbon's 一键校验); another sheet in view leaves the current report as it is.
 */
export function useReportSheets(actions: WorkbookActions, host: Host) {
  const [sheets, setSheets] = useState<ReportSheetRef[]>([]);
  const [current, setCurrent] = useState<ReportSheetRef | undefined>(undefined);
  const [lastInsert, setLastInsert] = useState<InsertOutcome | undefined>(undefined);
  const { run, fail } = host;
  // What the callbacks below last saw, so that whichever of the two reads comes second can pick the report in view.
  const sheetsRef = useRef<ReportSheetRef[]>([]);
  const activeRef = useRef<string | undefined>(undefined);

  // The reports already in the workbook, read once when the pane opens: the one in view becomes current, else the
  // latest year.
  useEffect(() => {
    let live = true;
    actions
      .findReportSheets()
      .then((found) => {
        if (!live) return;
        sheetsRef.current = found;
        setSheets(found);
        setCurrent(
          (was) =>
            found.find(onSheet(activeRef.current)) ??
            found.find((s) => s.tablesSheet === was?.tablesSheet) ??
            found.at(-1),
        );
      })
      .catch(fail);
    return () => {
      live = false;
    };
  }, [actions, fail]);

  // The sheet in view, as Excel reports it.
  useEffect(
    () =>
      holdSubscription(
        (isLive) =>
          actions.watchActiveSheet((name) => {
            if (!isLive()) return;
            activeRef.current = name;
            const inView = sheetsRef.current.find(onSheet(name));
            if (inView) setCurrent((was) => (was?.tablesSheet === inView.tablesSheet ? was : inView));
          }, fail),
        fail,
      ),
    [actions, fail],
  );

  const insert = useCallback(
    async (request: InsertRequest) => {
      const outcome = await run(() => actions.insertTemplate(request));
      setLastInsert(outcome);
      if (outcome?.ok) {
        const next = [...sheetsRef.current.filter((s) => s.year !== outcome.sheet.year), outcome.sheet];
        sheetsRef.current = next;
        setSheets(next);
        setCurrent(outcome.sheet);
      }
    },
    [actions, run],
  );

  const open = useCallback(
    async (name: string) => {
      await run(() => actions.openSheet(name));
      const sheet = sheetsRef.current.find(onSheet(name));
      if (sheet) setCurrent(sheet);
    },
    [actions, run],
  );

  return { sheets, current, setCurrent, insert, lastInsert, open };
}
