import { mergeClasses } from "@fluentui/react-components";
import { useLayoutEffect, useMemo, useRef } from "react";
import type { Rect } from "../workbook/address";
import type { SheetSnapshot } from "../workbook/snapshot";
import { GridRow, type RowHandlers } from "./GridRow";
import { gridLayers, useGridStyles } from "./grid-styles";
import { createTextMeasure } from "./measure-text";
import { HEADER_COLUMN_PX, layoutSheet } from "./sheet-layout";
import { previewStrings as s } from "./strings.zh-CN";
import { useFrozenOffsets } from "./useFrozenOffsets";
import { useGridEditing, type GridActions, type Refusal } from "./useGridEditing";

type Props = {
  sheet: SheetSnapshot;
  selection: Rect;
  actions: GridActions;
  onRefused: (refusal: Refusal) => void;
  onAccepted: () => void;
};

/** A plain spreadsheet view of one sheet: headers, merged cells, formats, formula results, editing and pasting. */
export function SheetGrid({ sheet, selection, actions, onRefused, onAccepted }: Props) {
  const styles = useGridStyles();
  const measure = useMemo(() => createTextMeasure(), []);
  const layout = useMemo(() => layoutSheet(sheet, measure), [sheet, measure]);
  const { gridRef, editing, setDraft, onEditorKeyDown, onGridKeyDown, onPaste, onCellClick, onCellDoubleClick } =
    useGridEditing({ sheet, layout, selection, actions, onRefused, onAccepted });
  // The rows get one handler object for the grid's life; it calls whatever the latest render's handlers are.
  const latest = useRef<RowHandlers>({ onCellClick, onCellDoubleClick, setDraft, onEditorKeyDown });
  useLayoutEffect(() => {
    latest.current = { onCellClick, onCellDoubleClick, setDraft, onEditorKeyDown };
  });
  const handlers = useMemo<RowHandlers>(
    () => ({
      onCellClick: (row, col) => latest.current.onCellClick(row, col),
      onCellDoubleClick: (row, col) => latest.current.onCellDoubleClick(row, col),
      setDraft: (draft) => latest.current.setDraft(draft),
      onEditorKeyDown: (event) => latest.current.onEditorKeyDown(event),
    }),
    [],
  );
  const frozen = useFrozenOffsets(gridRef, layout);
  // Columns keep their widths, as in a spreadsheet: a narrow window scrolls the grid rather than squeezing it.
  const tableWidth = HEADER_COLUMN_PX + layout.columnWidthsPx.reduce((sum, width) => sum + width, 0);

  return (
    <div
      className={styles.scroller}
      // As Excel scrolls, by whole rows and columns: the first row and column of the scrolled pane start right at the
      // frozen ones' edge, never a sliver of a cell peeking out from under them (the scrolled cells are the stops).
      style={{ scrollPaddingTop: frozen.paneTopPx, scrollPaddingLeft: frozen.paneLeftPx }}
    >
      <table
        ref={gridRef}
        role="grid"
        aria-label={s.gridLabel(sheet.name)}
        aria-rowcount={layout.rowCount + 1}
        aria-colcount={layout.colCount + 1}
        className={styles.table}
        style={{ width: tableWidth }}
        onKeyDown={onGridKeyDown}
        onPaste={onPaste}
      >
        <colgroup>
          <col style={{ width: HEADER_COLUMN_PX }} />
          {layout.columnWidthsPx.map((width, col) => (
            <col key={col} style={{ width }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <td className={styles.corner} />
            {layout.columnLetters.map((letters, col) => (
              <th
                key={letters}
                scope="col"
                aria-colindex={col + 2}
                className={mergeClasses(
                  styles.columnHeader,
                  col >= selection.left && col <= selection.right && styles.headerActive,
                )}
                style={
                  col < frozen.leftPx.length
                    ? { left: frozen.leftPx[col], zIndex: gridLayers.frozenColumnHeader }
                    : undefined
                }
              >
                {letters}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {layout.rows.map((cells, row) => (
            <GridRow
              key={row}
              row={row}
              height={layout.rowHeightsPx[row] ?? 0}
              cells={cells}
              selected={
                row >= selection.top && row <= selection.bottom
                  ? { left: selection.left, right: selection.right }
                  : undefined
              }
              activeCol={row === selection.top ? selection.left : -1}
              editor={editing?.row === row ? editing : undefined}
              sheetProtected={sheet.protection.protected}
              notes={sheet.notes}
              handlers={handlers}
              frozen={frozen}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
