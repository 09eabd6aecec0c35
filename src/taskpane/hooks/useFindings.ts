import { useCallback, useEffect, useState } from "react";
import type { CellRef, Finding, QuickFix } from "../../domain";
import { listenToRibbon } from "../ribbon-requests";
import type { CheckOutcome, ReportSheetRef, WorkbookActions } from "../workbook-actions";
import type { useHostAction } from "./useHostAction";

type Host = ReturnType<typeof useHostAction>;

/** The last check, and which report's tables sheet it was about (so switching reports shows nothing stale). */
type Checked = { sheet: string; findings: Finding[]; restored: CellRef[]; validated: boolean };

/**
 * The findings of the current report: kept current by watching edits, refreshed in full by 一键校验 (from the pane
 * or the ribbon), with cell selection and dismissal of warnings.
 */
export function useFindings(actions: WorkbookActions, host: Host, sheet: ReportSheetRef | undefined) {
  const [checked, setChecked] = useState<Checked | undefined>(undefined);
  const { run, fail } = host;
  const current = checked && checked.sheet === sheet?.tablesSheet ? checked : undefined;

  const validate = useCallback(async () => {
    if (!sheet) return;
    const outcome = await run(() => actions.validate(sheet));
    if (outcome) setChecked({ sheet: sheet.tablesSheet, ...fromOutcome(outcome), validated: true });
  }, [actions, run, sheet]);

  // Watch the current report's tables sheet while the pane shows it.
  useEffect(() => {
    if (!sheet) return;
    let stop: (() => Promise<void>) | undefined;
    let live = true;
    const accept = (outcome: CheckOutcome) => {
      if (live) setChecked({ sheet: sheet.tablesSheet, ...fromOutcome(outcome), validated: false });
    };
    actions
      .watch(sheet, accept, fail)
      .then(async (unsubscribe) => {
        if (live) stop = unsubscribe;
        else await unsubscribe();
      })
      .catch(fail);
    return () => {
      live = false;
      stop?.().catch(fail);
    };
  }, [actions, fail, sheet]);

  useEffect(() => listenToRibbon(() => void validate()), [validate]);

  const select = useCallback(
    (finding: Finding) => {
      if (sheet) void run(() => actions.selectCell(sheet, finding));
    },
    [actions, run, sheet],
  );

  /** Runs an action that checks the report anew (dismiss, restore, quick fix) and shows its outcome. */
  const recheck = useCallback(
    async (action: (sheet: ReportSheetRef) => Promise<CheckOutcome>) => {
      if (!sheet) return;
      const outcome = await run(() => action(sheet));
      if (outcome)
        setChecked((was) => ({
          sheet: sheet.tablesSheet,
          ...fromOutcome(outcome),
          validated: was?.validated ?? false,
        }));
    },
    [run, sheet],
  );

  const dismiss = useCallback(
    (finding: Finding, reason: string) => recheck((s) => actions.dismiss(s, finding, reason)),
    [actions, recheck],
  );
  const restoreDismissal = useCallback(
    (finding: Finding) => recheck((s) => actions.restoreDismissal(s, finding)),
    [actions, recheck],
  );
  const applyQuickFix = useCallback(
    (fix: QuickFix) => recheck((s) => actions.applyQuickFix(s, fix)),
    [actions, recheck],
  );

  return {
    findings: current?.findings,
    restored: current?.restored ?? [],
    validated: current?.validated ?? false,
    validate,
    select,
    dismiss,
    restoreDismissal,
    applyQuickFix,
  };
}

const fromOutcome = (outcome: CheckOutcome) => ({ findings: outcome.findings, restored: outcome.restoredTotals });
