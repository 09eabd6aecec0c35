import { Button, makeStyles, Toolbar, ToolbarGroup, Caption1, tokens } from "@fluentui/react-components";
import { invokeRibbonAction } from "../workbook/install";
import { previewStrings as s } from "./strings.zh-CN";

const useStyles = makeStyles({
  ribbon: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

/**
 * The Home tab's 年报助手 group as the manifest declares it: 打开助手 shows the pane (always shown here), 一键校验 runs
 * the ExecuteFunction action the add-in registered, exactly as Excel would call it.
 */
export function PreviewRibbon({ onShowPane }: { onShowPane: () => void }) {
  const styles = useStyles();
  return (
    <div className={styles.ribbon}>
      <Caption1>{s.ribbonTab}</Caption1>
      <Toolbar aria-label={s.ribbonGroup}>
        <ToolbarGroup>
          <Button appearance="subtle" onClick={onShowPane}>
            {s.openPane}
          </Button>
          <Button appearance="subtle" onClick={() => void invokeRibbonAction("validateReport")}>
            {s.validate}
          </Button>
        </ToolbarGroup>
      </Toolbar>
    </div>
  );
}
