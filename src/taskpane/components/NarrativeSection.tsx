import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle1,
  Caption1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formats } from "../../domain";
import { notices } from "../hooks/notices.zh-CN";
import { useNarrative } from "../hooks/useNarrative";
import type { useHostAction } from "../hooks/useHostAction";
import { strings } from "../strings.zh-CN";
import type { ReportSheetRef, WorkbookActions } from "../workbook-actions";
import { NarrativePanel } from "./NarrativePanel/NarrativePanel";

export type NarrativeSectionProps = {
  actions: WorkbookActions;
  host: ReturnType<typeof useHostAction>;
  sheet: ReportSheetRef;
  /** Called after prose was written into the text sheet, so the prose checks run on it. */
  onWritten: () => void;
};

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** 文字说明: draft from the figures, edit, write into the text sheet (asking before replacing), or copy. */
export function NarrativeSection({ actions, host, sheet, onWritten }: NarrativeSectionProps) {
  const styles = useStyles();
  const format = formats[sheet.format];
  const narrative = useNarrative(actions, host, sheet, onWritten);
  const title = (key: string) => format.text.find((s) => s.key === key)?.title ?? key;
  const kept = narrative.written?.kept ?? [];
  const allText = format.text.map((s) => `${s.title}\n${narrative.draft?.[s.key] ?? ""}`).join("\n\n");
  return (
    <section aria-labelledby="narrative-heading" className={styles.section}>
      <Subtitle1 as="h2" id="narrative-heading">
        {strings.narrativeHeading}
      </Subtitle1>
      <Caption1>{strings.draftNote}</Caption1>
      {narrative.blockedBy !== undefined && (
        <MessageBar intent="warning">
          <MessageBarBody>{notices.draftOverErrors(narrative.blockedBy)}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void narrative.makeDraft(true)}>{notices.draftAnyway}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <NarrativePanel
        format={format}
        draft={narrative.draft}
        busy={host.busy}
        onDraft={() => void narrative.makeDraft()}
        onChange={narrative.edit}
        onWrite={() => void narrative.write(false)}
        onCopy={() => void narrative.copy(allText)}
      />
      {narrative.written && narrative.written.written.length > 0 && (
        <MessageBar intent="success">
          <MessageBarBody>{strings.written(narrative.written.written.map(title).join("；"))}</MessageBarBody>
        </MessageBar>
      )}
      {narrative.copied !== undefined && (
        <MessageBar intent={narrative.copied ? "success" : "warning"}>
          <MessageBarBody>{narrative.copied ? strings.copied : strings.copyFailed}</MessageBarBody>
        </MessageBar>
      )}
      <Dialog open={kept.length > 0} onOpenChange={(_, d) => !d.open && narrative.reset()}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{strings.replaceTitle}</DialogTitle>
            <DialogContent>{strings.replaceBody(kept.map(title).join("；"))}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => void narrative.write(true)}>
                {strings.replace}
              </Button>
              <Button onClick={narrative.reset}>{strings.keep}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
