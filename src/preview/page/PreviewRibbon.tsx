import { Button, makeStyles, Toolbar, ToolbarGroup, Caption1, tokens } from "@fluentui/react-components";
import { invokeRibbonAction } from "../workbook/install";
import type { PreviewWorkbook } from "../workbook/workbook";
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
export function PreviewRibbon({ workbook, onShowPane }: { workbook: PreviewWorkbook; onShowPane: () => void }) {
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
      <Caption1>{s.reviewTab}</Caption1>
      <Toolbar aria-label={s.reviewTab}>
        <ToolbarGroup>
          <Button appearance="subtle" onClick={() => void toggleProtection(workbook)}>
            {s.toggleProtection}
          </Button>
        </ToolbarGroup>
      </Toolbar>
    </div>
  );
}

/** 审阅 → 撤销工作表保护 / 保护工作表 on the active sheet, as a user lifts the template's password-less protection. */
async function toggleProtection(workbook: PreviewWorkbook): Promise<void> {
  await workbook.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.protection.load("protected");
    await context.sync();
    if (sheet.protection.protected) sheet.protection.unprotect();
    else sheet.protection.protect();
    await context.sync();
  });
}
