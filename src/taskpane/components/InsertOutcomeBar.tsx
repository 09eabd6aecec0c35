import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { insertRefusals } from "../hooks/notices.zh-CN";
import { strings } from "../strings.zh-CN";
import type { InsertOutcome } from "../workbook-actions";

export type InsertOutcomeBarProps = {
  outcome: InsertOutcome;
  onOpen: (name: string) => void;
  onInsertAs: (names: { tables: string; text: string }) => void;
};

const useStyles = makeStyles({ names: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS } });

/** What inserting did: the sheets and prefilled cells, or that a sheet of that year exists and what to do then. */
export function InsertOutcomeBar({ outcome, onOpen, onInsertAs }: InsertOutcomeBarProps) {
  const styles = useStyles();
  const existing = !outcome.ok && outcome.reason === "exists" ? outcome.existing : [];
  const [names, setNames] = useState(() => ({
    tables: `${existing[0] ?? ""}（2）`,
    text: `${existing[1] ?? existing[0] ?? ""}（文字2）`,
  }));
  const [naming, setNaming] = useState(false);
  if (outcome.ok) {
    return (
      <MessageBar intent="success">
        <MessageBarBody>
          {strings.inserted(outcome.sheet.tablesSheet, outcome.sheet.textSheet)}
          {outcome.prefilled.length > 0 &&
            ` ${strings.prefilled(outcome.prefilled.length, outcome.prefilledFrom === "workbook")}`}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (outcome.reason === "yearInUse") {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{insertRefusals.yearInUse(outcome.existing.join("、"))}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => onOpen(outcome.existing[0] ?? "")}>{strings.openExisting}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (outcome.reason !== "exists") {
    const text =
      outcome.reason === "badName"
        ? strings.badName
        : outcome.reason === "noBody"
          ? insertRefusals.noBody
          : insertRefusals.previousYear(outcome.year, outcome.previousYear);
    return (
      <MessageBar intent="error">
        <MessageBarBody>{text}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <div className={styles.names}>
      <MessageBar intent="warning">
        <MessageBarBody>{strings.exists(existing.join("、"))}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => onOpen(existing[0] ?? "")}>{strings.openExisting}</Button>
          <Button onClick={() => setNaming(true)}>{strings.insertAs}</Button>
        </MessageBarActions>
      </MessageBar>
      {naming && (
        <>
          <Field label={strings.otherTablesName}>
            <Input value={names.tables} onChange={(_, d) => setNames((n) => ({ ...n, tables: d.value }))} />
          </Field>
          <Field label={strings.otherTextName}>
            <Input value={names.text} onChange={(_, d) => setNames((n) => ({ ...n, text: d.value }))} />
          </Field>
          <Button appearance="primary" onClick={() => onInsertAs(names)}>
            {strings.insert}
          </Button>
        </>
      )}
    </div>
  );
}
