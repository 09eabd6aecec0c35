import {
  Body1,
  Divider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  Title2,
  tokens,
} from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import { InsertOutcomeBar } from "./components/InsertOutcomeBar";
import { TemplatePicker, type PreviousFile, type TemplateChoice } from "./components/TemplatePicker/TemplatePicker";
import { useFindings } from "./hooks/useFindings";
import { useHostAction } from "./hooks/useHostAction";
import { useReportSheets } from "./hooks/useReportSheets";
import { useWordExport } from "./hooks/useWordExport";
import { strings } from "./strings.zh-CN";
import type { WorkbookActions } from "./workbook-actions";

// The current report's part of the pane (findings, prose) is not on the first screen: it loads when a report exists.
const ReportSection = lazy(() => import(/* webpackChunkName: "report" */ "./components/ReportSection"));

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    // Headings are spaced by the column's gap, not by the browser's default margins (too tall for a narrow pane).
    "& h1, & h2, & h3, & h4": { margin: 0 },
  },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
});

export type AppProps = {
  actions: WorkbookActions;
  /** The year a new report is for by default: the previous calendar year (reports are written in January). */
  defaultYear: number;
};

/** The task pane: insert a year's template, see findings as you type, validate in one click, draft the prose. */
export function App({ actions, defaultYear }: AppProps) {
  const styles = useStyles();
  const host = useHostAction();
  const reports = useReportSheets(actions, host);
  const checks = useFindings(actions, host, reports.current);
  const word = useWordExport(actions, host, reports.current);
  const [previous, setPrevious] = useState<PreviousFile | undefined>(undefined);
  const [lastChoice, setLastChoice] = useState<(TemplateChoice & { usePrevious: boolean }) | undefined>(undefined);

  const insert = (choice: TemplateChoice, usePrevious: boolean, sheetNames?: { tables: string; text: string }) => {
    setLastChoice({ ...choice, usePrevious });
    const report = usePrevious && previous && "report" in previous ? previous.report : undefined;
    void reports.insert({ ...choice, previous: report, sheetNames });
  };
  const pickPrevious = async (file: File | undefined) => {
    if (!file) return setPrevious(undefined);
    // The report readers are only needed once a file is picked: load them then.
    const { readPreviousFile } = await import(/* webpackChunkName: "read-file" */ "./read-previous-file");
    const read = await readPreviousFile(file);
    // The picker says what the file is (its year and body, against the ones typed) before anything is used.
    setPrevious(read.ok ? { report: read.report } : { errors: read.errors });
  };

  return (
    <main className={styles.pane} aria-labelledby="pane-title" aria-busy={host.busy}>
      <Title2 as="h1" id="pane-title">
        {strings.title}
      </Title2>
      <div aria-live="polite">
        {host.busy && <Spinner size="tiny" label={strings.busy} labelPosition="after" />}
        {checks.notice && (
          <MessageBar intent="info">
            <MessageBarBody>{checks.notice}</MessageBarBody>
          </MessageBar>
        )}
        {host.failure && (
          <MessageBar intent="error">
            <MessageBarBody>
              <strong>{strings.hostFailure}：</strong>
              {host.failure}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {reports.current && (
        <Suspense fallback={<Spinner size="tiny" />}>
          <ReportSection
            actions={actions}
            host={host}
            reports={reports}
            current={reports.current}
            checks={checks}
            word={word}
          />
        </Suspense>
      )}
      <Divider />
      <section aria-labelledby="template-heading" className={styles.section}>
        <Subtitle1 as="h2" id="template-heading">
          {strings.templateHeading}
        </Subtitle1>
        {!reports.current && <Body1>{strings.intro}</Body1>}
        {reports.lastInsert && lastChoice && (
          <InsertOutcomeBar
            key={`${lastChoice.year}:${reports.lastInsert.ok ? "ok" : reports.lastInsert.reason}`}
            outcome={reports.lastInsert}
            year={lastChoice.year}
            yearReport={reports.sheets.find((s) => s.year === lastChoice.year)}
            onOpen={(name) => void reports.open(name)}
            onInsertAs={(names) => insert(lastChoice, lastChoice.usePrevious, names)}
          />
        )}
        <TemplatePicker
          defaultYear={defaultYear}
          busy={host.busy}
          onInsert={(choice, usePrevious) => insert(choice, usePrevious)}
          onPreviousFile={(file) => void pickPrevious(file)}
          previousFile={previous}
        />
      </section>
    </main>
  );
}
