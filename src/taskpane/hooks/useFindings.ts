import { useCallback, useEffect, useState } from "react";
import type { CellRef, Finding } from "../../domain";
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

  const dismiss = useCallback(
    async (finding: Finding, reason: string) => {
      if (!sheet || !current) return;
      const findings = current.findings.map((f) => (f === finding ? { ...f, dismissed: { reason } } : f));
      const saved = await run(async () => {
        await actions.dismiss(sheet, finding, reason, findings);
        return true;
      });
      if (saved) setChecked((was) => was && { ...was, findings });
    },
    [actions, run, sheet, current],
  );

  return {
    findings: current?.findings,
    restored: current?.restored ?? [],
    validated: current?.validated ?? false,
    validate,
    select,
    dismiss,
  };
}

const fromOutcome = (outcome: CheckOutcome) => ({ findings: outcome.findings, restored: outcome.restoredTotals });
