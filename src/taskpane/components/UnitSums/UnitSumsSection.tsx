import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import { fileLabel } from "../../../domain/review/body-name";
import type { UnitRow } from "../../../domain/review/unit-sums";
import { exclusionReasons, unitSheetName } from "../../../domain/review/unit-sums.zh-CN";
import { PANE_PREVIOUS_EXTENSIONS } from "../../../files/pane-file-kinds";
import type { useHostAction } from "../../hooks/useHostAction";
import { useUnitSums } from "../../hooks/useUnitSums";
import type { UnitSumsActions } from "../../unit-sums-actions";
import type { ReportSheetRef } from "../../workbook-actions";
import { unitSumsStrings as words } from "./unit-sums.zh-CN";

export type UnitSumsSectionProps = {
  actions: UnitSumsActions;
  host: ReturnType<typeof useHostAction>;
  sheet: ReportSheetRef;
  /** Called after sums were written, so the report is checked as they left it. */
  onWritten: () => void;
};

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  file: { maxWidth: "100%" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column" },
  unit: { display: "flex", flexDirection: "column", paddingBottom: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
  error: { color: tokens.colorPaletteRedForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
  // Three buttons do not fit side by side in a narrow pane: they wrap instead of running past its edge.
  actions: { display: "flex", flexWrap: "wrap", justifyContent: "flex-start", gap: tokens.spacingHorizontalS },
});

/** A unit's status as the list and the confirmation say it: 通过, 有错误 or 无法读取, with its counts. */
function statusText(unit: UnitRow): string {
  switch (unit.status) {
    case "passed":
      return words.status.passed(unit.warnings);
    case "errors":
      return words.status.errors(unit.errors, unit.warnings);
    case "partial":
      return words.status.partial(unit.warnings);
    case "unreadable":
      return words.status.unreadable;
  }
}

/** 汇总下级报告: pick the units' reports, see each one's body, year and status, and sum them after a confirmation. */
export function UnitSumsSection({ actions, host, sheet, onWritten }: UnitSumsSectionProps) {
  const styles = useStyles();
  const units = useUnitSums(actions, host, sheet, onWritten);
  const [confirming, setConfirming] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const groups = units.groups;
  const reason = (unit: UnitRow) => (unit.excluded ? exclusionReasons[unit.excluded](sheet) : "");
  const clean = groups ? groups.counted.length - groups.flagged.length : 0;
  const sum = (withFlagged: boolean) => {
    setConfirming(false);
    void units.summarise(withFlagged);
  };
  return (
    <section aria-labelledby="unit-sums-heading" className={styles.section}>
      <Subtitle1 as="h2" id="unit-sums-heading">
        {words.heading}
      </Subtitle1>
      <Caption1>{words.note}</Caption1>
      <Field label={words.pick} hint={words.pickHint}>
        {/* The browser's own file button says “Choose File” in English whatever the pane's language: a labelled
            button of ours opens the hidden input (several files at once) instead. */}
        <Button className={styles.file} onClick={() => fileRef.current?.click()}>
          {words.choose}
        </Button>
      </Field>
      <input
        ref={fileRef}
        type="file"
        multiple
        hidden
        tabIndex={-1}
        accept={PANE_PREVIOUS_EXTENSIONS.join(",")}
        onChange={(event) => void units.pick([...(event.target.files ?? [])])}
      />
      {units.reading !== undefined && (
        <Spinner size="tiny" label={words.reading(units.reading)} labelPosition="after" />
      )}
      {units.assessment && units.reading === undefined && (
        <ul aria-label={words.listLabel} className={styles.list}>
          {units.assessment.units.map((unit) => (
            <li key={unit.file} className={styles.unit}>
              <Text weight="semibold">
                {unit.body || words.unknownBody}
                {unit.year !== undefined && ` · ${words.yearOf(unit.year)}`}
              </Text>
              <Caption1 className={styles.muted}>{fileLabel(unit.file)}</Caption1>
              <Caption1 className={unit.status === "passed" ? undefined : styles.error}>
                {statusText(unit)}
                {unit.reasons.length > 0 && `：${unit.reasons.join("；")}`}
              </Caption1>
              {unit.excluded && unit.excluded !== "unreadable" && <Caption1>{words.notCounted(reason(unit))}</Caption1>}
            </li>
          ))}
        </ul>
      )}
      {groups && units.reading === undefined && groups.counted.length === 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{words.nothingToSum}</MessageBarBody>
        </MessageBar>
      )}
      {groups && groups.counted.length > 0 && units.reading === undefined && (
        <Button appearance="primary" disabled={host.busy} onClick={() => setConfirming(true)}>
          {words.summarise(groups.counted.length)}
        </Button>
      )}
      {units.outcome && (
        <MessageBar intent={units.outcome.ok ? "success" : "warning"}>
          <MessageBarBody>
            {units.outcome.ok
              ? words.written(units.outcome.units, units.outcome.written, units.outcome.sheetName)
              : words.sheetTaken(units.outcome.sheetName)}
          </MessageBarBody>
        </MessageBar>
      )}
      <Dialog open={confirming && groups !== undefined} onOpenChange={(_, d) => !d.open && setConfirming(false)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{words.confirmTitle(groups?.counted.length ?? 0)}</DialogTitle>
            <DialogContent>
              {groups && groups.flagged.length > 0 && (
                <MessageBar intent="warning">
                  <MessageBarBody>
                    {words.flaggedIntro}
                    <ul aria-label={words.flaggedIntro}>
                      {groups.flagged.map((unit) => (
                        <li key={unit.file}>{words.flaggedItem(unit.body, fileLabel(unit.file), statusText(unit))}</li>
                      ))}
                    </ul>
                  </MessageBarBody>
                </MessageBar>
              )}
              {groups && groups.excluded.length > 0 && (
                <>
                  <p>{words.excludedIntro}</p>
                  <ul aria-label={words.excludedIntro}>
                    {groups.excluded.map((unit) => (
                      <li key={unit.file}>{words.excludedItem(fileLabel(unit.file), reason(unit))}</li>
                    ))}
                  </ul>
                </>
              )}
              <p>{words.replaces(sheet.tablesSheet, unitSheetName(sheet.year))}</p>
            </DialogContent>
            <DialogActions className={styles.actions}>
              <Button appearance="primary" onClick={() => sum(true)}>
                {words.sumAll(groups?.counted.length ?? 0)}
              </Button>
              {groups && groups.flagged.length > 0 && clean > 0 && (
                <Button onClick={() => sum(false)}>{words.sumClean(clean)}</Button>
              )}
              <Button onClick={() => setConfirming(false)}>{words.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
