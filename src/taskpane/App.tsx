import { Body1, Button, Caption1, makeStyles, Title2, tokens } from "@fluentui/react-components";
import { strings } from "./strings.zh-CN";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  action: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalXS },
});

/** The task pane: a title, what the add-in does, and its (not yet available) first action. */
export function App() {
  const styles = useStyles();
  return (
    <main className={styles.pane} aria-labelledby="pane-title">
      <Title2 as="h1" id="pane-title">
        {strings.title}
      </Title2>
      <Body1>{strings.intro}</Body1>
      <div className={styles.action}>
        <Button appearance="primary" disabled aria-describedby="insert-template-note">
          {strings.insertTemplate}
        </Button>
        <Caption1 id="insert-template-note">{strings.comingSoon}</Caption1>
      </div>
    </main>
  );
}
