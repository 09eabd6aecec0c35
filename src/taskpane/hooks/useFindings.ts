import { useCallback, useEffect, useMemo, useState } from "react";
import { showsWhileTyping, type Finding, type QuickFix } from "../../domain";
import { listenToRibbon } from "../ribbon-requests";
import type { CheckOutcome, ReportSheetRef, WorkbookActions } from "../workbook-actions";
import { notices } from "./notices.zh-CN";
import type { useHostAction } from "./useHostAction";
import { holdSubscription } from "./hold-subscription";

type Host = ReturnType<typeof useHostAction>;

/**
 * The last check, and which report's tables sheet it was about (so switching reports shows nothing stale).
 * `validated`: 一键校验 ran on this report, so blank cells and missing prose are shown too, from then on.
 */
type Checked = { sheet: string; findings: Finding[]; validated: boolean; announced: Announced };

/**
 * What the pane's live region says of the last check: nothing for the first list a report gets (the person did not
 * ask), the outcome of 一键校验, or the counts after an edit, a fix or a dismissal. `serial` tells two equal
 * outcomes apart, so 一键校验 twice is announced twice.
 */
export type Announced = { by: "first" | "validate" | "change"; serial: number };

/**
 * The findings of the current report: kept current by watching edits, refreshed in full by 一键校验 (from the pane
 * or the ribbon), with cell selection, quick fixes, and dismissal of warnings and its return. While a person types,
 * only errors and warnings about cells that hold values are listed; blank cells and missing prose wait for 一键校验.
 * Findings come folded from where they are made (src/domain): the pane only filters and shows them.
 */
export function useFindings(actions: WorkbookActions, host: Host, sheet: ReportSheetRef | undefined) {
  const [checked, setChecked] = useState<Checked | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const { run, fail } = host;
  const current = checked && checked.sheet === sheet?.tablesSheet ? checked : undefined;

  /** Shows a check's outcome; 一键校验 (`validated`) switches the report to the full list for good. */
  const show = useCallback((on: ReportSheetRef, outcome: CheckOutcome, validated: boolean) => {
    setChecked((was) => {
      const same = was?.sheet === on.tablesSheet;
      const by = validated ? "validate" : same ? "change" : "first";
      return {
        sheet: on.tablesSheet,
        findings: outcome.findings,
        validated: validated || (same && was.validated),
        announced: { by, serial: (was?.announced.serial ?? 0) + 1 },
      };
    });
  }, []);

  const validate = useCallback(async () => {
    if (!sheet) return;
    setNotice(undefined);
    const outcome = await run(() => actions.validate(sheet));
    if (outcome) show(sheet, outcome, true);
  }, [actions, run, sheet, show]);

  // Watch the current report's sheets while the pane shows it.
  useEffect(() => {
    if (!sheet) return;
    const accept = (isLive: () => boolean) => (outcome: CheckOutcome) => {
      if (isLive()) show(sheet, outcome, false);
    };
    return holdSubscription((isLive) => actions.watch(sheet, accept(isLive), fail), fail);
  }, [actions, fail, sheet, show]);

  // The ribbon's 一键校验: the report in view, or a sentence saying what to do when there is none.
  useEffect(
    () =>
      listenToRibbon(() => {
        if (sheet) void validate();
        else setNotice(notices.noReportToValidate);
      }),
    [validate, sheet],
  );

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
      if (outcome) show(sheet, outcome, false);
    },
    [run, sheet, show],
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

  // A dismissed warning stays in 已忽略 whatever else waits for 一键校验 (the list a report gets on coming back to it).
  const findings = useMemo(() => {
    if (!current) return undefined;
    return current.validated ? current.findings : current.findings.filter((f) => f.dismissed || showsWhileTyping(f));
  }, [current]);

  const noFigures = current?.findings.some((f) => f.code === "report.noFigures") ?? false;

  return {
    findings,
    /** The report holds no figure at all (a template nobody has filled in yet). */
    noFigures,
    /** The dismissed warnings, each with its reason (`dismissed.reason`), for the list with 恢复. */
    dismissed: findings?.filter((f) => f.dismissed) ?? [],
    validated: current?.validated ?? false,
    /** What the live region says of the last check (see Announced). */
    announced: current?.announced,
    /** A sentence for the pane when a request could not be carried out (the ribbon's 一键校验 with no report). */
    notice: sheet ? undefined : notice,
    validate,
    select,
    dismiss,
    restoreDismissal,
    applyQuickFix,
    recheck,
  };
}
