import { useCallback, useState } from "react";
import {
  checkReport,
  draftNarrative,
  foldEchoes,
  formats,
  type NarrativeDraft,
  type Report,
  type SectionKey,
} from "../../domain";
import type { NarrativeWrite, ReportSheetRef, WorkbookActions } from "../workbook-actions";
import type { useHostAction } from "./useHostAction";

type Host = ReturnType<typeof useHostAction>;

/** The errors in a report's tables (prose findings aside), counted as the pane lists them. */
const tableErrors = (report: Report): number =>
  foldEchoes(formats[report.format], checkReport(report)).filter((f) => f.severity === "error" && !f.section).length;

/** A draft and the report it was drafted for: it is written there and nowhere else. */
type SheetDraft = { sheet: ReportSheetRef; text: NarrativeDraft };

/**
 * Drafting sections 一、五、六 from the current figures (and last year's report, when the workbook holds its sheets or
 * one was attached), editing them, and writing or copying them. When the tables have errors, drafting first says so
 * (`blockedBy`, the number of errors) and drafts only when asked again (`force`). A draft belongs to the report it was
 * drafted for: once another report is current it is not shown, and it is only ever written into its own report's
 * 文字 sheet.
 */
export function useNarrative(
  actions: WorkbookActions,
  host: Host,
  sheet: ReportSheetRef | undefined,
  onWritten: () => void,
) {
  const [drafted, setDrafted] = useState<SheetDraft | undefined>(undefined);
  const draft = drafted && sheet && drafted.sheet.tablesSheet === sheet.tablesSheet ? drafted.text : undefined;
  const [written, setWritten] = useState<NarrativeWrite | undefined>(undefined);
  const [copied, setCopied] = useState<boolean | undefined>(undefined);
  const [blockedBy, setBlockedBy] = useState<number | undefined>(undefined);
  const { run } = host;

  const makeDraft = useCallback(
    async (force = false) => {
      if (!sheet) return;
      const read = await run(() => actions.readReportWithLastYear(sheet));
      if (!read) return;
      const { report, lastYear } = read;
      const errors = tableErrors(report);
      if (errors > 0 && !force) {
        setBlockedBy(errors);
        return;
      }
      setBlockedBy(undefined);
      setDrafted({ sheet, text: draftNarrative(report, lastYear) });
      setWritten(undefined);
    },
    [actions, run, sheet],
  );

  const edit = useCallback((key: SectionKey, text: string) => {
    setDrafted((was) => (was ? { ...was, text: { ...was.text, [key]: text } } : was));
  }, []);

  /** Writes into empty cells; with `replace`, over the hand-written text the user agreed to replace. */
  const write = useCallback(
    async (replace: boolean) => {
      // Only the report in view's own draft is written, into that report's 文字 sheet.
      if (!sheet || !drafted || drafted.sheet.tablesSheet !== sheet.tablesSheet) return;
      const outcome = await run(() => actions.writeNarrative(drafted.sheet, drafted.text, replace));
      if (!outcome) return;
      setWritten(outcome);
      if (outcome.written.length > 0) onWritten();
    },
    [actions, run, sheet, drafted, onWritten],
  );

  const copy = useCallback(async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }, []);

  return {
    draft,
    makeDraft,
    /** The number of errors in the tables when drafting was asked for and held back; draft anyway with makeDraft(true). */
    blockedBy,
    edit,
    write,
    written,
    copy,
    copied,
    reset: () => setWritten(undefined),
  };
}
