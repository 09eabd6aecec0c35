import {
  Button,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Option,
  SpinButton,
  tokens,
} from "@fluentui/react-components";
import { useId, useRef, useState } from "react";
import {
  formatForYear,
  formats,
  previousBodyProblem,
  previousReportProblem,
  type FormatId,
  type Report,
} from "../../../domain";
import { strings } from "../../strings.zh-CN";
import { PANE_PREVIOUS_EXTENSIONS } from "../../../files/pane-file-kinds";

export type TemplateChoice = { year: number; body: string; format: FormatId };

/** The last-year report file picked: the report read from it, or why it could not be read. */
export type PreviousFile = { report: Report } | { errors: string[] };

export type TemplatePickerProps = {
  defaultYear: number;
  busy: boolean;
  /** Inserts; `usePrevious`: prefill from the picked file (false when there is none or the person declined it). */
  onInsert: (choice: TemplateChoice, usePrevious: boolean) => void;
  /** A last-year report file the user picked; the hook reads it and gives it back as `previousFile`. */
  onPreviousFile: (file: File | undefined) => void;
  previousFile?: PreviousFile;
};

type PreviousStatus = { state: "success" | "warning" | "error"; text: string };

/**
 * What the picked file is, said against the year and body being typed, before anything is used: its year and body;
 * refused (red) when it is not last year's; a warning naming both bodies when it is another body's.
 */
function previousStatusOf(file: PreviousFile | undefined, year: number, body: string): PreviousStatus | undefined {
  if (!file) return undefined;
  if ("errors" in file) return { state: "error", text: `${strings.previousUnreadable}${file.errors.join("；")}` };
  const { report } = file;
  const wrongYear = previousReportProblem({ year }, report);
  if (wrongYear)
    return { state: "error", text: strings.previousWrongYear(report.body, report.year, wrongYear.message) };
  const otherBody = previousBodyProblem({ body }, report);
  if (otherBody) return { state: "warning", text: strings.previousOtherBody(otherBody.message) };
  return { state: "success", text: strings.previousRead(report.year, report.body) };
}

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  // Fluent's drop-down is at least 250 px wide: in a pane dragged to 280 px it would run past the edge.
  dropdown: { minWidth: 0, width: "100%" },
  listbox: { maxWidth: "calc(100% - 16px)" },
  file: { alignSelf: "flex-start", maxWidth: "100%" },
});

/** The first year the official formats cover. */
const FIRST_YEAR = 2019;

/** A typed year as digits: a Chinese keyboard types full-width digits (“２０２５”), which are the same year. */
export function yearDigits(text: string): string {
  return text.normalize("NFKC").trim();
}

/** Why a typed year cannot be a report's year, or undefined; the current year is allowed (with a warning). */
export function yearProblem(text: string, currentYear: number): string | undefined {
  const digits = yearDigits(text);
  const year = Number(digits);
  if (!/^\d+$/.test(digits) || !Number.isInteger(year)) return strings.yearNotNumber;
  if (year < FIRST_YEAR) return strings.yearTooEarly(FIRST_YEAR);
  if (year > currentYear) return strings.yearInFuture(year, currentYear);
  return undefined;
}

/**
 * Asks for the year (default: last year), the body's name and the format that follows from the year. A year it
 * cannot take or a missing name is said beside its field, never silently changed or accepted.
 */
export function TemplatePicker({ defaultYear, busy, onInsert, onPreviousFile, previousFile }: TemplatePickerProps) {
  const styles = useStyles();
  const fileId = useId();
  // Reports are written for a finished year: the year after the default one is the current, unfinished year.
  const currentYear = defaultYear + 1;
  const [yearText, setYearText] = useState(String(defaultYear));
  const [year, setYear] = useState(defaultYear);
  const [body, setBody] = useState("");
  const [bodyMissing, setBodyMissing] = useState(false);
  const bodyRef = useRef<HTMLInputElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const problem = yearProblem(yearText, currentYear);
  // The format follows the year until the user picks one on purpose.
  const [chosenFormat, setChosenFormat] = useState<FormatId | undefined>(undefined);
  const yearFormat = formatForYear(year).id;
  const format = chosenFormat ?? yearFormat;
  const previousStatus = previousStatusOf(previousFile, year, body.trim());
  // Another body's report prefills only once the person has said so, with both names before them.
  const [confirming, setConfirming] = useState<string | undefined>(undefined);
  const previousReport = previousFile && "report" in previousFile ? previousFile.report : undefined;
  const choice = (): TemplateChoice => ({ year, body: body.trim(), format });
  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (problem) return;
        if (!body.trim()) {
          setBodyMissing(true);
          bodyRef.current?.focus();
          return;
        }
        // A file of the wrong year is refused at insertion (nothing written); only last year's may need consent.
        const lastYears =
          previousReport && !previousReportProblem({ year }, previousReport) ? previousReport : undefined;
        const otherBody = lastYears && previousBodyProblem({ body: body.trim() }, lastYears);
        if (otherBody) return setConfirming(otherBody.message);
        onInsert(choice(), previousReport !== undefined);
      }}
    >
      <Field
        label={strings.year}
        hint={problem ? undefined : strings.yearHint(yearFormat)}
        validationState={problem ? "error" : year === currentYear ? "warning" : "none"}
        validationMessage={problem ?? (year === currentYear ? strings.yearUnfinished(year) : undefined)}
      >
        <SpinButton
          value={problem ? null : year}
          displayValue={yearText}
          min={FIRST_YEAR}
          max={currentYear}
          // Fluent names these two “Increment value” and “Decrement value” unless told otherwise.
          incrementButton={{ "aria-label": strings.yearUp }}
          decrementButton={{ "aria-label": strings.yearDown }}
          onChange={(_, data) => {
            // Arrows give a value; typing gives the text, kept as typed so the field can say what is wrong with it.
            const text =
              data.value !== undefined && data.value !== null ? String(data.value) : (data.displayValue ?? "");
            setYearText(yearDigits(text));
            if (!yearProblem(text, currentYear)) setYear(Number(yearDigits(text)));
          }}
        />
      </Field>
      <Field
        label={strings.body}
        required
        validationState={bodyMissing && !body.trim() ? "error" : "none"}
        validationMessage={bodyMissing && !body.trim() ? strings.bodyRequired : undefined}
      >
        <Input
          ref={bodyRef}
          value={body}
          placeholder={strings.bodyPlaceholder}
          onChange={(_, data) => setBody(data.value)}
        />
      </Field>
      <Field
        label={strings.format}
        validationState={format !== yearFormat ? "warning" : "none"}
        validationMessage={format !== yearFormat ? strings.formatMismatch : undefined}
      >
        <Dropdown
          className={styles.dropdown}
          listbox={{ className: styles.listbox }}
          value={strings.formatOption(format, formats[format].source)}
          selectedOptions={[format]}
          onOptionSelect={(_, data) => setChosenFormat(data.optionValue as FormatId)}
        >
          {Object.values(formats).map((f) => (
            <Option key={f.id} value={f.id}>
              {strings.formatOption(f.id, f.source)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field
        label={strings.previous}
        hint={previousStatus ? undefined : strings.previousHint}
        validationState={previousStatus?.state ?? "none"}
        validationMessage={previousStatus?.text}
      >
        {/* The browser's own file button says “Choose File” in English whatever the pane's language: a labelled
            button of ours opens the hidden input instead. */}
        <Button className={styles.file} onClick={() => fileRef.current?.click()}>
          {strings.previousChoose}
        </Button>
      </Field>
      <input
        ref={fileRef}
        id={fileId}
        type="file"
        hidden
        tabIndex={-1}
        accept={PANE_PREVIOUS_EXTENSIONS.join(",")}
        onChange={(event) => {
          setConfirming(undefined);
          onPreviousFile(event.target.files?.[0]);
        }}
      />
      {confirming && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{strings.previousConfirm(confirming)}</MessageBarBody>
          <MessageBarActions>
            <Button
              disabled={busy}
              onClick={() => {
                setConfirming(undefined);
                onInsert(choice(), true);
              }}
            >
              {strings.previousUseAnyway}
            </Button>
            <Button
              disabled={busy}
              onClick={() => {
                setConfirming(undefined);
                onInsert(choice(), false);
              }}
            >
              {strings.previousSkip}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Button appearance="primary" type="submit" disabled={busy || problem !== undefined}>
        {strings.insert}
      </Button>
    </form>
  );
}
