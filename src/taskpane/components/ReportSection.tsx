import {
  Button,
  Divider,
  Dropdown,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Subtitle1,
  tokens,
} from "@fluentui/react-components";
import type { useFindings } from "../hooks/useFindings";
import type { useHostAction } from "../hooks/useHostAction";
import type { useReportSheets } from "../hooks/useReportSheets";
import type { useWordExport } from "../hooks/useWordExport";
import { strings } from "../strings.zh-CN";
import { excelUnitSumsActions, type UnitSumsActions } from "../unit-sums-actions";
import type { ReportSheetRef, WorkbookActions } from "../workbook-actions";
import { useAttachPrevious } from "../hooks/useAttachPrevious";
import { AttachPreviousButton, AttachPreviousStatus } from "./AttachPrevious";
import { FindingsView } from "./FindingsView";
import { NarrativeSection } from "./NarrativeSection";
import { UnitSumsSection } from "./UnitSums/UnitSumsSection";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, flexWrap: "wrap" },
  // A long report name must not push the drop-down past a narrow pane's edge.
  picker: { minWidth: 0, width: "100%" },
  listbox: { maxWidth: "calc(100% - 16px)" },
});

export type ReportSectionProps = {
  actions: WorkbookActions;
  host: ReturnType<typeof useHostAction>;
  reports: ReturnType<typeof useReportSheets>;
  current: ReportSheetRef;
  checks: ReturnType<typeof useFindings>;
  word: ReturnType<typeof useWordExport>;
  /** 汇总下级报告's action; the Excel one unless a test passes a fake. */
  unitSums?: UnitSumsActions;
};

/**
 * 当前报告: which report, 一键校验 and 导出 Word, its findings and its prose. Shown once a report exists, so the pane
 * loads it after its first screen.
 */
export default function ReportSection({
  actions,
  host,
  reports,
  current,
  checks,
  word,
  unitSums = excelUnitSumsActions,
}: ReportSectionProps) {
  const styles = useStyles();
  const previous = useAttachPrevious(actions, current, checks);
  return (
    <section aria-labelledby="report-heading" className={styles.section}>
      <Subtitle1 as="h2" id="report-heading">
        {strings.reportHeading}
      </Subtitle1>
      <div className={styles.row}>
        <Dropdown
          className={styles.picker}
          listbox={{ className: styles.listbox }}
          aria-labelledby="report-heading"
          value={strings.reportOption(current.year, current.body, current.format)}
          selectedOptions={[current.tablesSheet]}
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
        <AttachPreviousButton year={current.year} busy={host.busy} onPick={(file) => void previous.pick(file)} />
      </div>
      <AttachPreviousStatus
        year={current.year}
        state={previous.state}
        busy={host.busy}
        onPick={(file) => void previous.pick(file)}
        onUseAnyway={() => previous.state.step === "otherBody" && void previous.attach(previous.state.previous)}
        onCancel={previous.cancel}
      />
      {word.exported && (
        <MessageBar intent="success">
          <MessageBarBody>{strings.exported(word.exported)}</MessageBarBody>
        </MessageBar>
      )}
      <FindingsView sheet={current} checks={checks} busy={host.busy} />
      <Divider />
      {/* Drafts and their notices belong to the report in view: another report starts afresh. */}
      <NarrativeSection
        key={current.tablesSheet}
        actions={actions}
        host={host}
        sheet={current}
        onWritten={() => void checks.validate()}
      />
      <Divider />
      <UnitSumsSection actions={unitSums} host={host} sheet={current} onWritten={() => void checks.validate()} />
    </section>
  );
}
