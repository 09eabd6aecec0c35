import {
  Badge,
  Button,
  Caption1,
  Input,
  makeStyles,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Finding, QuickFix } from "../../../domain";
import { strings } from "../../strings.zh-CN";

/**
 * A finding as the pane shows it: its sentence (without the table's title when listed under it), the whole sentence
 * (for the names of its buttons, which a screen reader reads out of context), the wording of the rule behind it, and
 * its one-click repair.
 */
export type FindingItem = {
  id: string;
  finding: Finding;
  message: string;
  fullMessage: string;
  source?: string;
  fix?: QuickFix;
};
export type FindingListGroup = { key: string; title: string; items: FindingItem[] };

export type FindingListProps = {
  groups: FindingListGroup[];
  onSelect: (item: FindingItem) => void;
  onDismiss: (item: FindingItem, reason: string) => void;
  onQuickFix: (item: FindingItem, fix: QuickFix) => void;
  busy: boolean;
};

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: "2px" },
  // The sentence takes the pane's whole width; its actions go on a line of their own below it, so a narrow pane
  // never squeezes the text into a column beside them.
  item: { display: "flex", flexDirection: "column", alignItems: "stretch" },
  select: {
    justifyContent: "flex-start",
    textAlign: "start",
    height: "auto",
    minWidth: 0,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  text: { display: "flex", flexDirection: "column", rowGap: "2px", alignItems: "flex-start", minWidth: 0 },
  message: { overflowWrap: "anywhere" },
  badge: { flexShrink: 0, marginTop: "2px" },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "flex-end",
    columnGap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, maxWidth: "100%" },
  formActions: { display: "flex", columnGap: tokens.spacingHorizontalS, justifyContent: "flex-end" },
});

const badgeColor = { error: "danger", warning: "warning", info: "informative" } as const;

/** Findings by table; clicking one goes to its cell; a fix is one click; a warning can be set aside with a reason. */
export function FindingList({ groups, onSelect, onDismiss, onQuickFix, busy }: FindingListProps) {
  const styles = useStyles();
  return (
    <>
      {groups.map((group) => (
        <section key={group.key} className={styles.group} aria-label={group.title}>
          <Subtitle2 as="h4">{group.title}</Subtitle2>
          <ul className={styles.list}>
            {group.items.map((item) => (
              <li key={item.id} className={styles.item} data-id={item.id}>
                <Button
                  appearance="subtle"
                  className={styles.select}
                  data-finding=""
                  onClick={() => onSelect(item)}
                  title={strings.goToCell}
                >
                  <span className={styles.text}>
                    <span className={styles.message}>
                      <Badge className={styles.badge} color={badgeColor[item.finding.severity]} size="small">
                        {strings.severity[item.finding.severity]}
                      </Badge>{" "}
                      <Text>{item.message}</Text>
                    </span>
                    {item.source && <Caption1>{item.source}</Caption1>}
                  </span>
                </Button>
                {(item.fix || item.finding.severity === "warning") && (
                  <div className={styles.actions}>
                    {item.fix && (
                      <Button
                        size="small"
                        appearance="primary"
                        disabled={busy}
                        aria-label={strings.actionLabel(strings.quickFix[item.fix.kind], item.fullMessage)}
                        onClick={() => item.fix && onQuickFix(item, item.fix)}
                      >
                        {strings.quickFix[item.fix.kind]}
                      </Button>
                    )}
                    {item.finding.severity === "warning" && (
                      <DismissButton
                        label={strings.actionLabel(strings.dismiss, item.fullMessage)}
                        onDismiss={(reason) => onDismiss(item, reason)}
                      />
                    )}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function DismissButton({ label, onDismiss }: { label: string; onDismiss: (reason: string) => void }) {
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
        <Button size="small" appearance="secondary" aria-label={label}>
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
          <div className={styles.formActions}>
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
