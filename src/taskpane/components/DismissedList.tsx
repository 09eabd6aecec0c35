import { Button, Caption1, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { strings } from "../strings.zh-CN";
import type { FindingItem } from "./FindingList/FindingList";

export type DismissedListProps = { items: FindingItem[]; busy: boolean; onRestore: (item: FindingItem) => void };

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  message: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  restore: { alignSelf: "flex-end" },
});

/** 已忽略: the warnings a person set aside, each with the reason given, and 恢复 to take the dismissal back. */
export function DismissedList({ items, busy, onRestore }: DismissedListProps) {
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="dismissed-heading">
      <Subtitle2 as="h3" id="dismissed-heading">
        {strings.dismissedHeading(items.length)}
      </Subtitle2>
      <ul className={styles.list}>
        {items.map((item) => (
          <li key={item.id} className={styles.item} data-id={item.id}>
            <Text className={styles.message}>{item.message}</Text>
            <Caption1>{strings.dismissed(item.finding.dismissed?.reason ?? "")}</Caption1>
            <Button
              className={styles.restore}
              size="small"
              disabled={busy}
              data-restore=""
              aria-label={strings.actionLabel(strings.restore, item.fullMessage)}
              onClick={() => onRestore(item)}
            >
              {strings.restore}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
