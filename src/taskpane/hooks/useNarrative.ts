import { useCallback, useState } from "react";
import { draftNarrative, type NarrativeDraft, type SectionKey } from "../../domain";
import type { NarrativeWrite, ReportSheetRef, WorkbookActions } from "../workbook-actions";
import type { useHostAction } from "./useHostAction";

type Host = ReturnType<typeof useHostAction>;

/** Drafting sections 一、五、六 from the current figures, editing them, and writing or copying them. */
export function useNarrative(
  actions: WorkbookActions,
  host: Host,
  sheet: ReportSheetRef | undefined,
  onWritten: () => void,
) {
  const [draft, setDraft] = useState<NarrativeDraft | undefined>(undefined);
  const [written, setWritten] = useState<NarrativeWrite | undefined>(undefined);
  const [copied, setCopied] = useState<boolean | undefined>(undefined);
  const { run } = host;

  const makeDraft = useCallback(async () => {
    if (!sheet) return;
    const report = await run(() => actions.readReport(sheet));
    if (report) {
      setDraft(draftNarrative(report));
      setWritten(undefined);
    }
  }, [actions, run, sheet]);

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

  return { draft, makeDraft, edit, write, written, copy, copied, reset: () => setWritten(undefined) };
}
