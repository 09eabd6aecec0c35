import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useRef } from "react";
import { PANE_PREVIOUS_EXTENSIONS } from "../../files/pane-file-kinds";
import type { AttachState } from "../hooks/useAttachPrevious";
import { strings } from "../strings.zh-CN";

export type AttachPreviousProps = {
  year: number;
  state: AttachState;
  busy: boolean;
  onPick: (file: File | undefined) => void;
  onUseAnyway: () => void;
  onCancel: () => void;
};

/** The 上年报告 button (a file picker named for what it does) and what attaching last year's report came to. */
export function AttachPreviousButton({ year, busy, onPick }: Pick<AttachPreviousProps, "year" | "busy" | "onPick">) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button onClick={() => input.current?.click()} disabled={busy} title={strings.attachHint(year - 1)}>
        {strings.attach}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={strings.attachHint(year - 1)}
        accept={PANE_PREVIOUS_EXTENSIONS.join(",")}
        onChange={(event) => {
          onPick(event.target.files?.[0]);
          // The same file picked again (after fixing it) is a new choice.
          event.target.value = "";
        }}
      />
    </>
  );
}

/** What attaching last year's report came to, with the confirmation another body's report needs. */
export function AttachPreviousStatus({ year, state, busy, onUseAnyway, onCancel }: AttachPreviousProps) {
  switch (state.step) {
    case "idle":
      return null;
    case "reading":
      return <Spinner size="tiny" label={strings.attachReading} labelPosition="after" />;
    case "unreadable":
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{`${strings.previousUnreadable}${state.errors.join("；")}`}</MessageBarBody>
        </MessageBar>
      );
    case "wrongYear":
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{strings.attachRefused(state.message)}</MessageBarBody>
        </MessageBar>
      );
    case "otherBody":
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{strings.attachOtherBody(state.message)}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={onUseAnyway} disabled={busy}>
              {strings.useAnyway}
            </Button>
            <Button onClick={onCancel}>{strings.cancel}</Button>
          </MessageBarActions>
        </MessageBar>
      );
    case "done":
      return (
        <MessageBar intent={state.mismatches > 0 ? "warning" : "success"} layout="multiline">
          <MessageBarBody>
            {state.lastYear === "workbook"
              ? strings.attachInWorkbook(year - 1)
              : strings.attached(state.previous.body, state.previous.year, state.mismatches)}
          </MessageBarBody>
        </MessageBar>
      );
  }
}
