import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import type { SheetSnapshot } from "../workbook/snapshot";
import { previewStrings as s } from "./strings.zh-CN";

const useStyles = makeStyles({
  tabs: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground2 },
});

type Props = { sheets: SheetSnapshot[]; activeSheetId: string; onActivate: (sheetName: string) => void };

/** The sheet tabs under the grid; a protected sheet says so in its tab. */
export function SheetTabs({ sheets, activeSheetId, onActivate }: Props) {
  const styles = useStyles();
  return (
    <TabList
      className={styles.tabs}
      aria-label={s.sheetTabsLabel}
      size="small"
      selectedValue={activeSheetId}
      onTabSelect={(_event, data) => {
        const sheet = sheets.find((candidate) => candidate.id === data.value);
        if (sheet) onActivate(sheet.name);
      }}
    >
      {sheets.map((sheet) => (
        <Tab key={sheet.id} value={sheet.id}>
          {sheet.name}
          {sheet.protection.protected ? s.protectedSheet : ""}
        </Tab>
      ))}
    </TabList>
  );
}
