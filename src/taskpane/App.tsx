import {
  Body1,
  Button,
  Divider,
  Dropdown,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Subtitle1,
  Title2,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Report } from "../domain";
import { FindingsView } from "./components/FindingsView";
import { InsertOutcomeBar } from "./components/InsertOutcomeBar";
import { NarrativeSection } from "./components/NarrativeSection";
import { TemplatePicker, type TemplateChoice } from "./components/TemplatePicker/TemplatePicker";
import { useFindings } from "./hooks/useFindings";
import { useHostAction } from "./hooks/useHostAction";
import { useReportSheets } from "./hooks/useReportSheets";
import { useWordExport } from "./hooks/useWordExport";
import { readPreviousFile } from "./read-previous-file";
import { strings } from "./strings.zh-CN";
import type { WorkbookActions } from "./workbook-actions";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
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
  const [previous, setPrevious] = useState<{ report?: Report; status?: { ok: boolean; text: string } }>({});
  const [lastChoice, setLastChoice] = useState<TemplateChoice | undefined>(undefined);

  const insert = (choice: TemplateChoice, sheetNames?: { tables: string; text: string }) => {
    setLastChoice(choice);
    void reports.insert({ ...choice, previous: previous.report, sheetNames });
  };
  const pickPrevious = async (file: File | undefined) => {
    if (!file) return setPrevious({});
    const read = await readPreviousFile(file);
    setPrevious(
      read.ok
        ? { report: read.report, status: { ok: true, text: strings.previousRead(read.report.year, read.report.body) } }
        : { status: { ok: false, text: `${strings.previousUnreadable}${read.errors.join("；")}` } },
    );
  };

  return (
    <main className={styles.pane} aria-labelledby="pane-title" aria-busy={host.busy}>
      <Title2 as="h1" id="pane-title">
        {strings.title}
      </Title2>
      <div aria-live="polite">
        {host.busy && <Spinner size="tiny" label={strings.busy} labelPosition="after" />}
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
        <section aria-labelledby="report-heading" className={styles.pane}>
          <Subtitle1 as="h2" id="report-heading">
            {strings.reportHeading}
          </Subtitle1>
          <div className={styles.row}>
            <Dropdown
              aria-labelledby="report-heading"
              value={strings.reportOption(reports.current.year, reports.current.body, reports.current.format)}
              selectedOptions={[reports.current.tablesSheet]}
              onOptionSelect={(_, d) => reports.setCurrent(reports.sheets.find((s) => s.tablesSheet === d.optionValue))}
            >
              {reports.sheets.map((s) => (
                <Option key={s.tablesSheet} value={s.tablesSheet}>
                  {strings.reportOption(s.year, s.body, s.format)}
                </Option>
              ))}
            </Dropdown>
            <Button appearance="primary" onClick={() => void checks.validate()} disabled={host.busy}>
              {strings.validate}
            </Button>
            <Button onClick={() => void word.exportWord()} disabled={host.busy}>
              {strings.exportWord}
            </Button>
          </div>
          {word.exported && (
            <MessageBar intent="success">
              <MessageBarBody>{strings.exported(word.exported)}</MessageBarBody>
            </MessageBar>
          )}
          <FindingsView sheet={reports.current} checks={checks} />
          <Divider />
          <NarrativeSection
            actions={actions}
            host={host}
            sheet={reports.current}
            onWritten={() => void checks.validate()}
          />
        </section>
      )}
      <Divider />
      <section aria-labelledby="template-heading" className={styles.pane}>
        <Subtitle1 as="h2" id="template-heading">
          {strings.templateHeading}
        </Subtitle1>
        {!reports.current && <Body1>{strings.intro}</Body1>}
        {reports.lastInsert && lastChoice && (
          <InsertOutcomeBar
            outcome={reports.lastInsert}
            onOpen={(name) => void reports.open(name)}
            onInsertAs={(names) => insert(lastChoice, names)}
          />
        )}
        <TemplatePicker
          defaultYear={defaultYear}
          busy={host.busy}
          onInsert={(choice) => insert(choice)}
          onPreviousFile={(file) => void pickPrevious(file)}
          previousStatus={previous.status}
        />
      </section>
    </main>
  );
}
