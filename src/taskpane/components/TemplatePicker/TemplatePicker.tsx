import { Button, Dropdown, Field, Input, makeStyles, Option, SpinButton, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { formatForYear, formats, type FormatId } from "../../../domain";
import { strings } from "../../strings.zh-CN";
import { PANE_PREVIOUS_EXTENSIONS } from "../../../files/pane-file-kinds";

export type TemplateChoice = { year: number; body: string; format: FormatId };

export type TemplatePickerProps = {
  defaultYear: number;
  busy: boolean;
  onInsert: (choice: TemplateChoice) => void;
  /** A last-year report file the user picked; the hook reads it and reports back through `previousStatus`. */
  onPreviousFile: (file: File | undefined) => void;
  previousStatus?: { ok: boolean; text: string };
};

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  // Fluent's drop-down is at least 250 px wide: in a pane dragged to 280 px it would run past the edge.
  dropdown: { minWidth: 0, width: "100%" },
  listbox: { maxWidth: "calc(100% - 16px)" },
  file: { maxWidth: "100%" },
});

/** Asks for the year (default: last year), the body's name and the format that follows from the year. */
export function TemplatePicker({ defaultYear, busy, onInsert, onPreviousFile, previousStatus }: TemplatePickerProps) {
  const styles = useStyles();
  const fileId = useId();
  const [year, setYear] = useState(defaultYear);
  const [body, setBody] = useState("");
  // The format follows the year until the user picks one on purpose.
  const [chosenFormat, setChosenFormat] = useState<FormatId | undefined>(undefined);
  const yearFormat = formatForYear(year).id;
  const format = chosenFormat ?? yearFormat;
  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        onInsert({ year, body: body.trim(), format });
      }}
    >
      <Field label={strings.year} hint={strings.yearHint(yearFormat)}>
        <SpinButton
          value={year}
          min={2019}
          max={2100}
          onChange={(_, data) => {
            const next = data.value ?? Number(data.displayValue);
            if (Number.isInteger(next) && next >= 2019 && next <= 2100) setYear(next);
          }}
        />
      </Field>
      <Field label={strings.body}>
        <Input value={body} placeholder={strings.bodyPlaceholder} onChange={(_, data) => setBody(data.value)} />
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
        validationState={previousStatus ? (previousStatus.ok ? "success" : "error") : "none"}
        validationMessage={previousStatus?.text}
      >
        <input
          id={fileId}
          type="file"
          className={styles.file}
          accept={PANE_PREVIOUS_EXTENSIONS.join(",")}
          onChange={(event) => onPreviousFile(event.target.files?.[0])}
        />
      </Field>
      <Button appearance="primary" type="submit" disabled={busy}>
        {strings.insert}
      </Button>
    </form>
  );
}
