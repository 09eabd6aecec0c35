import { makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { formats } from "../../domain";
import type { useFindings } from "../hooks/useFindings";
import { strings } from "../strings.zh-CN";
import type { ReportSheetRef } from "../workbook-actions";
import { DismissedList } from "./DismissedList";
import { findingItem, groupsOf, severityOrder } from "./finding-items";
import { FindingList, type FindingItem } from "./FindingList/FindingList";
import { ResultAnnouncer } from "./ResultAnnouncer";

export type FindingsViewProps = { sheet: ReportSheetRef; checks: ReturnType<typeof useFindings>; busy: boolean };

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  severity: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** Where focus goes once a list changes under it: the n-th finding (or n-th 恢复) that is left, else the summary. */
type FocusRequest = { selector: "[data-finding]" | "[data-restore]"; index: number };

/**
 * The findings of the current report as the user reads them: a summary, then every error (across
 * tables) before any warning, each under its table's heading, and the warnings set aside at the end.
 */
export function FindingsView({ sheet, checks, busy }: FindingsViewProps) {
  const styles = useStyles();
  const format = formats[sheet.format];
  const findings = checks.findings ?? [];
  const open = findings.filter((f) => !f.dismissed);
  const errors = open.filter((f) => f.severity === "error").length;
  const dismissed = findings.filter((f) => f.dismissed).map((f, index) => findingItem(format, f, index));
  const container = useRef<HTMLDivElement>(null);
  const focusRequest = useRef<FocusRequest | undefined>(undefined);

  // After a dismissal, a fix or a restore the item is gone: focus moves on to the next one, never to the page body.
  useEffect(() => {
    const request = focusRequest.current;
    if (!request || !container.current) return;
    focusRequest.current = undefined;
    const targets = container.current.querySelectorAll<HTMLElement>(request.selector);
    const target =
      targets[Math.min(request.index, targets.length - 1)] ??
      container.current.querySelector<HTMLElement>("[tabindex]");
    target?.focus();
  }, [checks.findings]);

  /** Focuses the finding (or 恢复 button) now in the acted-on one's place, once the list has changed. */
  const thenFocus = (selector: FocusRequest["selector"], item: FindingItem, change: Promise<void>) => {
    const buttons = [...(container.current?.querySelectorAll<HTMLElement>(selector) ?? [])];
    const index = Math.max(
      0,
      buttons.findIndex((button) => button.closest("li")?.dataset.id === item.id),
    );
    const request = { selector, index };
    focusRequest.current = request;
    // The effect above moves focus when the findings change (React renders them just after the action ends); if the
    // action failed they do not change, and a later live check must not pull focus into the pane.
    void change.finally(() =>
      setTimeout(() => {
        if (focusRequest.current === request) focusRequest.current = undefined;
      }, 200),
    );
  };

  return (
    <div className={styles.view} ref={container}>
      <ResultAnnouncer findings={findings} announced={checks.announced} />
      {checks.findings && open.length === 0 && checks.validated && (
        <MessageBar intent="success">
          <MessageBarBody tabIndex={-1}>{strings.allGood}</MessageBarBody>
        </MessageBar>
      )}
      {checks.findings && !checks.validated && (
        // Before the first 一键校验 no sentence may read as a pass: say what was checked and what was not.
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody tabIndex={open.length === 0 ? -1 : undefined}>
            {open.length === 0 && (checks.noFigures ? strings.noFiguresYet : strings.typedFine)}
            {strings.notValidatedYet}
          </MessageBarBody>
        </MessageBar>
      )}
      {open.length > 0 && (
        <MessageBar intent={errors > 0 ? "error" : "warning"}>
          <MessageBarBody tabIndex={-1}>{strings.summary(errors, open.length - errors)}</MessageBarBody>
        </MessageBar>
      )}
      {severityOrder.map((severity) => {
        const groups = groupsOf(format, open, severity);
        if (groups.length === 0) return null;
        const count = groups.reduce((sum, group) => sum + group.items.length, 0);
        return (
          <section key={severity} className={styles.severity} aria-labelledby={`findings-${severity}`}>
            <Subtitle2 as="h3" id={`findings-${severity}`}>
              {strings.severityHeading(severity, count)}
            </Subtitle2>
            <FindingList
              groups={groups}
              busy={busy}
              onSelect={(item) => checks.select(item.finding)}
              onDismiss={(item, reason) => thenFocus("[data-finding]", item, checks.dismiss(item.finding, reason))}
              onQuickFix={(item, fix) => thenFocus("[data-finding]", item, checks.applyQuickFix(fix))}
            />
          </section>
        );
      })}
      <DismissedList
        items={dismissed}
        busy={busy}
        onRestore={(item) => thenFocus("[data-restore]", item, checks.restoreDismissal(item.finding))}
      />
    </div>
  );
}
