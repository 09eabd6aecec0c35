import { makeStyles } from "@fluentui/react-components";
import type { Finding } from "../../domain";
import type { Announced } from "../hooks/useFindings";
import { strings } from "../strings.zh-CN";

// Sighted people see the list change; a screen reader hears it from this polite live region, which is always in the
// page (a region added together with its text is often not read) and out of sight.

const useStyles = makeStyles({
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

/** The sentence for the last check: after 一键校验 “校验完成：…”, after a change the new counts; none at first. */
export function announcement(findings: readonly Finding[], announced: Announced | undefined): string {
  if (!announced || announced.by === "first") return "";
  const open = findings.filter((f) => !f.dismissed);
  const errors = open.filter((f) => f.severity === "error").length;
  const counts = strings.announceCounts(errors, open.length - errors);
  // A zero-width space on every other check: the same outcome twice is still a change the screen reader reads.
  const marker = announced.serial % 2 === 0 ? "" : "\u200b";
  return `${announced.by === "validate" ? strings.announceValidated(counts) : strings.announceChanged(counts)}${marker}`;
}

export function ResultAnnouncer({ findings, announced }: { findings: readonly Finding[]; announced?: Announced }) {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={styles.hidden}>
      {announcement(findings, announced)}
    </div>
  );
}
