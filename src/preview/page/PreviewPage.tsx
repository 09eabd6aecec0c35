import {
  Caption1,
  FluentProvider,
  makeStyles,
  PortalMountNodeProvider,
  Subtitle2,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { App } from "../../taskpane/App";
import { createExcelActions } from "../../taskpane/excel-actions";
import { themeForOffice } from "../../taskpane/theme";
import { cellAddress, tryParseAddress } from "../workbook/address";
import type { PreviewWorkbook } from "../workbook/workbook";
import { cellFontStack } from "./cell-style";
import { FormulaBar } from "./FormulaBar";
import { PreviewRibbon } from "./PreviewRibbon";
import { RefusalBar } from "./RefusalBar";
import { SheetGrid } from "./SheetGrid";
import { SheetTabs } from "./SheetTabs";
import { previewStrings as s } from "./strings.zh-CN";
import type { GridActions, Refusal } from "./useGridEditing";
import { useWorkbookSnapshot } from "./useWorkbookSnapshot";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", height: "100%", fontFamily: cellFontStack },
  banner: {
    display: "flex",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  body: { display: "flex", flexGrow: 1, minHeight: 0 },
  workbook: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
  // The task pane's window, as Office gives the add-in its own: drop-downs, pop-overs and dialogs (Fluent portals,
  // mounted here) are laid out and clipped within it, and a dialog's backdrop covers the pane only. A transform
  // makes this box the containing block of their fixed positioning; it does not scroll, the pane inside it does.
  paneWindow: {
    position: "relative",
    flexShrink: 0,
    transform: "translateZ(0)",
    overflow: "hidden",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  pane: { height: "100%", overflowY: "auto" },
});

/** Office's default task pane width; preview.html?pane=280 shows the pane as narrow as a user may drag it. */
const DEFAULT_PANE_WIDTH = 360;
function paneWidth(): number {
  const asked = Number(new URLSearchParams(window.location.search).get("pane"));
  return Number.isInteger(asked) && asked >= 200 && asked <= 1000 ? asked : DEFAULT_PANE_WIDTH;
}

/** The preview: the workbook grid (formula bar, cells, sheet tabs) on the left and the real task pane on the right. */
export function PreviewPage({ workbook }: { workbook: PreviewWorkbook }) {
  const styles = useStyles();
  const snapshot = useWorkbookSnapshot(workbook);
  const [refusal, setRefusal] = useState<Refusal | undefined>(undefined);
  // The same actions Excel gets: src/excel over the stand-in's Excel.run.
  const paneActions = useMemo(() => createExcelActions(), []);
  const [portalNode, setPortalNode] = useState<HTMLElement | null>(null);
  const [width] = useState(paneWidth);
  const actions: GridActions = useMemo(
    () => ({
      edit: (sheetName, address, values) => workbook.editFromUi(sheetName, address, values),
      paste: (sheetName, address, values) => workbook.pasteFromUi(sheetName, address, values),
      onFocusRequest: (listener) => workbook.onFocusRequest(listener),
      select: (sheetName, address) => workbook.selectFromUi(sheetName, address),
      undo: () => workbook.undoFromUi(),
      redo: () => workbook.redoFromUi(),
      cellEdit: (open) => (open ? workbook.beginCellEditFromUi() : workbook.endCellEditFromUi()),
    }),
    [workbook],
  );
  const sheet = snapshot.sheets.find((candidate) => candidate.id === snapshot.activeSheetId) ?? snapshot.sheets[0];
  const onThisSheet = snapshot.selection.sheetId === sheet?.id;
  const selection = (onThisSheet ? tryParseAddress(snapshot.selection.address) : undefined) ?? {
    top: 0,
    left: 0,
    bottom: 0,
    right: 0,
  };
  const activeCell = sheet?.cells.find((c) => c.row === selection.top && c.col === selection.left);

  return (
    // Layout classes go on a div, not on FluentProvider: Fluent copies a provider's class names onto its portals.
    <FluentProvider theme={webLightTheme} style={{ height: "100%" }}>
      <div className={styles.page}>
        <header className={styles.banner}>
          <Subtitle2 as="h1">{s.banner}</Subtitle2>
          <Caption1>{s.bannerNote}</Caption1>
        </header>
        <PreviewRibbon workbook={workbook} onShowPane={() => document.getElementById("task-pane")?.focus()} />
        <div className={styles.body}>
          <section className={styles.workbook} aria-label={s.workbookLabel}>
            <FormulaBar address={cellAddress(selection.top, selection.left)} cell={activeCell} />
            {refusal && <RefusalBar refusal={refusal} onDismiss={() => setRefusal(undefined)} />}
            {sheet && (
              <SheetGrid
                // A sheet of its own, as in Excel: switching tabs starts at the top-left, not at the last sheet's scroll.
                key={sheet.id}
                sheet={sheet}
                selection={selection}
                actions={actions}
                onRefused={setRefusal}
                onAccepted={() => setRefusal(undefined)}
              />
            )}
            <SheetTabs
              sheets={snapshot.sheets}
              activeSheetId={snapshot.activeSheetId}
              onActivate={(name) => actions.select(name, "A1")}
            />
          </section>
          <div className={styles.paneWindow} style={{ width }}>
            <aside id="task-pane" tabIndex={-1} className={styles.pane} aria-label={s.paneLabel}>
              {/* The real task pane, themed from the stand-in's Office.context as in Excel. */}
              <PortalMountNodeProvider value={portalNode ?? undefined}>
                <FluentProvider theme={themeForOffice()} style={{ minHeight: "100%" }}>
                  <App actions={paneActions} defaultYear={new Date().getFullYear() - 1} />
                </FluentProvider>
              </PortalMountNodeProvider>
            </aside>
            <div ref={setPortalNode} data-pane-portals="" />
          </div>
        </div>
      </div>
    </FluentProvider>
  );
}
