import {
  Badge,
  Button,
  Caption1,
  Input,
  makeStyles,
  mergeClasses,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "../../../domain";
import { strings } from "../../strings.zh-CN";

/** A finding as the pane shows it: its sentence and the wording of the rule behind it. */
export type FindingItem = { id: string; finding: Finding; message: string; source?: string };
export type FindingListGroup = { key: string; title: string; items: FindingItem[] };

export type FindingListProps = {
  groups: FindingListGroup[];
  onSelect: (item: FindingItem) => void;
  onDismiss: (item: FindingItem, reason: string) => void;
};

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: "2px" },
  item: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalXS },
  select: {
    flexGrow: 1,
    justifyContent: "flex-start",
    textAlign: "start",
    height: "auto",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  text: { display: "flex", flexDirection: "column", rowGap: "2px", alignItems: "flex-start" },
  badge: { flexShrink: 0, marginTop: "2px" },
  dismissed: { color: tokens.colorNeutralForegroundDisabled },
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: "220px" },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, justifyContent: "flex-end" },
});

/** Findings by table, errors first; clicking one goes to its cell; a warning can be set aside with a reason. */
export function FindingList({ groups, onSelect, onDismiss }: FindingListProps) {
  const styles = useStyles();
  return (
    <>
      {groups.map((group) => (
        <section key={group.key} className={styles.group} aria-label={group.title}>
          <Subtitle2 as="h3">{group.title}</Subtitle2>
          <ul className={styles.list}>
            {group.items.map((item) => (
              <li key={item.id} className={styles.item}>
                <Button
                  appearance="subtle"
                  className={mergeClasses(styles.select, item.finding.dismissed && styles.dismissed)}
                  onClick={() => onSelect(item)}
                  title={strings.goToCell}
                >
                  <span className={styles.text}>
                    <span>
                      <Badge
                        className={styles.badge}
                        appearance={item.finding.dismissed ? "outline" : "filled"}
                        color={item.finding.severity === "error" ? "danger" : "warning"}
                        size="small"
                      >
                        {item.finding.severity === "error" ? strings.error : strings.warning}
                      </Badge>{" "}
                      <Text>{item.message}</Text>
                    </span>
                    {item.finding.dismissed && <Caption1>{strings.dismissed(item.finding.dismissed.reason)}</Caption1>}
                    {item.source && <Caption1>{item.source}</Caption1>}
                  </span>
                </Button>
                {item.finding.severity === "warning" && !item.finding.dismissed && (
                  <DismissButton onDismiss={(reason) => onDismiss(item, reason)} />
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function DismissButton({ onDismiss }: { onDismiss: (reason: string) => void }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const submit = () => {
    if (!reason.trim()) return;
    onDismiss(reason.trim());
    setOpen(false);
    setReason("");
  };
  return (
    <Popover open={open} onOpenChange={(_, data) => setOpen(data.open)} trapFocus>
      <PopoverTrigger disableButtonEnhancement>
        <Button size="small" appearance="transparent">
          {strings.dismiss}
        </Button>
      </PopoverTrigger>
      <PopoverSurface>
        <form
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <label htmlFor="dismiss-reason">{strings.dismissReason}</label>
          <Input
            id="dismiss-reason"
            value={reason}
            placeholder={strings.dismissReasonPlaceholder}
            onChange={(_, data) => setReason(data.value)}
          />
          <div className={styles.actions}>
            <Button onClick={() => setOpen(false)}>{strings.cancel}</Button>
            <Button appearance="primary" type="submit" disabled={!reason.trim()}>
              {strings.confirm}
            </Button>
          </div>
        </form>
      </PopoverSurface>
    </Popover>
  );
}
