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
import { sheetNames } from "../../domain";
import { insertRefusals } from "../hooks/notices.zh-CN";
import { strings } from "../strings.zh-CN";
import type { InsertOutcome, ReportSheetRef } from "../workbook-actions";

export type InsertOutcomeBarProps = {
  outcome: InsertOutcome;
  /** The year the user tried to insert. */
  year: number;
  /** That year's report, when the workbook already holds one: the only way on is to open it. */
  yearReport: ReportSheetRef | undefined;
  onOpen: (name: string) => void;
  onInsertAs: (names: { tables: string; text: string }) => void;
};

const useStyles = makeStyles({
  names: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  actions: { flexWrap: "wrap", rowGap: tokens.spacingVerticalXS },
});

// Excel's own rules for a sheet name.
const FORBIDDEN = /[[\]:*?/\\]/;
const MAX_LENGTH = 31;

/** Why a pair of sheet names cannot be used, or undefined: Excel's rules, each other, and the names already taken. */
export function sheetNamesProblem(
  names: { tables: string; text: string },
  taken: readonly string[],
): string | undefined {
  const all = [names.tables.trim(), names.text.trim()];
  if (all.some((name) => name === "" || name.length > MAX_LENGTH || FORBIDDEN.test(name) || /^'|'$/.test(name)))
    return strings.badName;
  if (all[0]?.toLowerCase() === all[1]?.toLowerCase()) return strings.sameNames;
  const clash = all.find((name) => taken.some((t) => t.toLowerCase() === name.toLowerCase()));
  return clash ? strings.nameTaken(clash) : undefined;
}

/** Names for a second copy of the year's sheets that are not among the names already taken. */
function freeNames(year: number, taken: readonly string[]): { tables: string; text: string } {
  const standard = sheetNames(year);
  for (let n = 2; ; n++) {
    const names = { tables: `${standard.tables}（${n}）`, text: `${standard.text}（${n}）` };
    if (!sheetNamesProblem(names, taken)) return names;
  }
}

/**
 * What inserting did: the sheets and prefilled cells; or that the year's report is already there (open it); or that
 * other sheets hold the names, with names that are free.
 */
export function InsertOutcomeBar({ outcome, year, yearReport, onOpen, onInsertAs }: InsertOutcomeBarProps) {
  const styles = useStyles();
  const existing = !outcome.ok && outcome.reason === "exists" ? outcome.existing : [];
  const [names, setNames] = useState(() => freeNames(year, existing));
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
  // The year's report is in the workbook (under these or other names): a second one cannot be inserted; open it.
  const yearSheet = yearReport?.tablesSheet ?? (outcome.reason === "yearInUse" ? outcome.existing[0] : undefined);
  if (yearSheet !== undefined) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          {existing.length > 0 && strings.exists(existing.join("、"))}
          {strings.yearExists(year, yearSheet)}
        </MessageBarBody>
        <MessageBarActions className={styles.actions}>
          <Button onClick={() => onOpen(yearSheet)}>{strings.openExisting}</Button>
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
          : outcome.reason === "previousYear"
            ? insertRefusals.previousYear(outcome.year, outcome.previousYear)
            : insertRefusals.yearInUse(outcome.existing.join("、"));
    return (
      <MessageBar intent="error">
        <MessageBarBody>{text}</MessageBarBody>
      </MessageBar>
    );
  }
  const problem = sheetNamesProblem(names, existing);
  return (
    <div className={styles.names}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{strings.exists(existing.join("、"))}</MessageBarBody>
        <MessageBarActions className={styles.actions}>
          <Button onClick={() => onOpen(existing[0] ?? "")}>{strings.openExisting}</Button>
          <Button onClick={() => setNaming(true)}>{strings.insertAs}</Button>
        </MessageBarActions>
      </MessageBar>
      {naming && (
        <form
          className={styles.names}
          onSubmit={(event) => {
            event.preventDefault();
            if (!problem) onInsertAs({ tables: names.tables.trim(), text: names.text.trim() });
          }}
        >
          <Field label={strings.otherTablesName}>
            <Input value={names.tables} onChange={(_, d) => setNames((n) => ({ ...n, tables: d.value }))} />
          </Field>
          <Field label={strings.otherTextName} validationState={problem ? "error" : "none"} validationMessage={problem}>
            <Input value={names.text} onChange={(_, d) => setNames((n) => ({ ...n, text: d.value }))} />
          </Field>
          <Button type="submit" disabled={problem !== undefined}>
            {strings.insertWithNames}
          </Button>
        </form>
      )}
    </div>
  );
}
