import { useCallback, useState } from "react";
import { previousBodyProblem, previousReportProblem, quickFixOf, type Finding, type Report } from "../../domain";
import type { AttachOutcome, ReportSheetRef, WorkbookActions } from "../workbook-actions";
import type { useFindings } from "./useFindings";

/** Where attaching last year's report stands; each step names the report file's year and body once read. */
export type AttachState =
  | { step: "idle" }
  | { step: "reading" }
  | { step: "unreadable"; errors: string[] }
  | { step: "wrongYear"; message: string }
  | { step: "otherBody"; previous: Report; message: string }
  | { step: "done"; previous: Report; lastYear: AttachOutcome["lastYear"]; mismatches: number };

/** Findings a fix from last year's report repairs (上年结转 and the figures that start from last year's). */
const fixableFromLastYear = (f: Finding): boolean => {
  const kind = quickFixOf(f)?.kind;
  return !f.dismissed && (kind === "carryOver" || kind === "fromLastYear");
};

/**
 * 上年报告 on a report already inserted: reads last year's published report (any file the pane reads), refuses one of
 * another year, asks before using another body's (naming both), then keeps it for the carry-over checks and shows
 * the check against it, whose mismatches offer 改为上年结转下年度的数.
 */
export function useAttachPrevious(
  actions: WorkbookActions,
  sheet: ReportSheetRef,
  checks: ReturnType<typeof useFindings>,
) {
  // Kept with the report it is about: once another report is current, nothing of this one is shown.
  const [held, setHeld] = useState<{ sheet: string; state: AttachState } | undefined>(undefined);
  const state: AttachState = held?.sheet === sheet.tablesSheet ? held.state : { step: "idle" };
  const setState = useCallback((next: AttachState) => setHeld({ sheet: sheet.tablesSheet, state: next }), [sheet]);
  const { recheck } = checks;

  const attach = useCallback(
    async (previous: Report) => {
      let outcome: AttachOutcome | undefined;
      await recheck(async (s) => (outcome = await actions.attachPrevious(s, previous)));
      if (!outcome) return setState({ step: "idle" });
      const mismatches = outcome.findings.filter(fixableFromLastYear).length;
      setState({ step: "done", previous, lastYear: outcome.lastYear, mismatches });
    },
    [actions, recheck, setState],
  );

  const pick = useCallback(
    async (file: File | undefined) => {
      if (!file) return;
      setState({ step: "reading" });
      // The report readers load only once a file is picked (the same chunk as the template's 上年报告).
      const { readPreviousFile } = await import(/* webpackChunkName: "read-file" */ "../read-previous-file");
      const read = await readPreviousFile(file);
      if (!read.ok) return setState({ step: "unreadable", errors: read.errors });
      const wrongYear = previousReportProblem(sheet, read.report);
      if (wrongYear) return setState({ step: "wrongYear", message: wrongYear.message });
      const otherBody = previousBodyProblem(sheet, read.report);
      if (otherBody) return setState({ step: "otherBody", previous: read.report, message: otherBody.message });
      await attach(read.report);
    },
    [attach, sheet, setState],
  );

  return { state, pick, attach, cancel: () => setState({ step: "idle" }) };
}
