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

/**
 * Drafting sections 一、五、六 from the current figures, editing them, and writing or copying them. When the tables
 * have errors, drafting first says so (`blockedBy`, the number of errors) and drafts only when asked again (`force`).
 */
export function useNarrative(
  actions: WorkbookActions,
  host: Host,
  sheet: ReportSheetRef | undefined,
  onWritten: () => void,
) {
  const [draft, setDraft] = useState<NarrativeDraft | undefined>(undefined);
  const [written, setWritten] = useState<NarrativeWrite | undefined>(undefined);
  const [copied, setCopied] = useState<boolean | undefined>(undefined);
  const [blockedBy, setBlockedBy] = useState<number | undefined>(undefined);
  const { run } = host;

  const makeDraft = useCallback(
    async (force = false) => {
      if (!sheet) return;
      const report = await run(() => actions.readReport(sheet));
      if (!report) return;
      const errors = tableErrors(report);
      if (errors > 0 && !force) {
        setBlockedBy(errors);
        return;
      }
      setBlockedBy(undefined);
      setDraft(draftNarrative(report));
      setWritten(undefined);
    },
    [actions, run, sheet],
  );

  const edit = useCallback((key: SectionKey, text: string) => {
    setDraft((was) => (was ? { ...was, [key]: text } : was));
  }, []);

  /** Writes into empty cells; with `replace`, over the hand-written text the user agreed to replace. */
  const write = useCallback(
    async (replace: boolean) => {
      if (!sheet || !draft) return;
      const outcome = await run(() => actions.writeNarrative(sheet, draft, replace));
      if (!outcome) return;
      setWritten(outcome);
      if (outcome.written.length > 0) onWritten();
    },
    [actions, run, sheet, draft, onWritten],
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
