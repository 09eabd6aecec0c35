import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { previewStrings as s } from "./strings.zh-CN";
import type { Refusal } from "./useGridEditing";

type Props = { refusal: Refusal; onDismiss: () => void };

/** Why an edit was refused: the data-validation alert's own title and message, or the protection notice. */
export function RefusalBar({ refusal, onDismiss }: Props) {
  const title = refusal.reason === "protected" ? s.protectedTitle : refusal.title || s.invalidTitle;
  const message = refusal.reason === "protected" ? s.protectedMessage : refusal.message || s.invalidMessage;
  return (
    <MessageBar intent={refusal.reason === "protected" ? "warning" : "error"} politeness="assertive">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}（{refusal.address}）
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" aria-label={s.dismiss} onClick={onDismiss}>
            ×
          </Button>
        }
      />
    </MessageBar>
  );
}
