import { Input, makeStyles, tokens } from "@fluentui/react-components";
import type { CellSnapshot } from "../workbook/snapshot";
import { previewStrings as s } from "./strings.zh-CN";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  nameBox: { width: "96px" },
  content: { flexGrow: 1 },
});

type Props = { address: string; cell: CellSnapshot | undefined };

/** Name box and formula bar: where the selection is and what its active cell holds (its formula, if any). */
export function FormulaBar({ address, cell }: Props) {
  const styles = useStyles();
  return (
    <div className={styles.bar}>
      <Input className={styles.nameBox} aria-label={s.nameBoxLabel} value={address} readOnly size="small" />
      <Input
        className={styles.content}
        aria-label={s.formulaBarLabel}
        value={cell?.formula ?? (cell ? String(cell.value) : "")}
        readOnly
        size="small"
      />
    </div>
  );
}
