import { Button, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import type { FormatDef, NarrativeDraft, SectionKey } from "../../../domain";
import { strings } from "../../strings.zh-CN";

export type NarrativePanelProps = {
  format: FormatDef;
  draft: NarrativeDraft | undefined;
  busy: boolean;
  onDraft: () => void;
  onChange: (key: SectionKey, text: string) => void;
  onWrite: () => void;
  onCopy: () => void;
};

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** Drafts sections 一、五、六 from the figures, lets the user edit them, then writes or copies them. */
export function NarrativePanel({ format, draft, busy, onDraft, onChange, onWrite, onCopy }: NarrativePanelProps) {
  const styles = useStyles();
  return (
    <div className={styles.panel}>
      <div className={styles.actions}>
        <Button onClick={onDraft} disabled={busy}>
          {strings.draft}
        </Button>
        {draft && (
          <>
            <Button appearance="primary" onClick={onWrite} disabled={busy}>
              {strings.writeDraft}
            </Button>
            <Button onClick={onCopy}>{strings.copyDraft}</Button>
          </>
        )}
      </div>
      {draft &&
        format.text.map((section) => (
          <Field key={section.key} label={section.title}>
            <Textarea
              resize="vertical"
              rows={6}
              value={draft[section.key]}
              onChange={(_, d) => onChange(section.key, d.value)}
            />
          </Field>
        ))}
    </div>
  );
}
