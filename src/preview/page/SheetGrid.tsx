import { mergeClasses } from "@fluentui/react-components";
import { useMemo } from "react";
import { containsCell, type Rect } from "../workbook/address";
import type { SheetSnapshot } from "../workbook/snapshot";
import { cellStyle } from "./cell-style";
import { useGridStyles } from "./grid-styles";
import { layoutSheet } from "./sheet-layout";
import { previewStrings as s } from "./strings.zh-CN";
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
  const layout = useMemo(() => layoutSheet(sheet), [sheet]);
  const notes = useMemo(() => new Map(sheet.notes.map((note) => [note.address, note])), [sheet]);
  const { gridRef, editing, setDraft, onEditorKeyDown, onGridKeyDown, onPaste, onCellClick, onCellDoubleClick } =
    useGridEditing({ sheet, layout, selection, actions, onRefused, onAccepted });
  const isActive = (row: number, col: number): boolean => row === selection.top && col === selection.left;
  const isReadOnly = (locked: boolean | undefined): boolean => sheet.protection.protected && locked !== false;

  return (
    <div className={styles.scroller}>
      <table
        ref={gridRef}
        role="grid"
        aria-label={s.gridLabel(sheet.name)}
        aria-rowcount={layout.rowCount + 1}
        aria-colcount={layout.colCount + 1}
        className={styles.table}
        onKeyDown={onGridKeyDown}
        onPaste={onPaste}
      >
        <colgroup>
          <col style={{ width: 40 }} />
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
              >
                {letters}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {layout.rows.map((cells, row) => (
            <tr key={row} aria-rowindex={row + 2} style={{ height: layout.rowHeightsPx[row] }}>
              <th
                scope="row"
                className={mergeClasses(
                  styles.rowHeader,
                  row >= selection.top && row <= selection.bottom && styles.headerActive,
                )}
              >
                {row + 1}
              </th>
              {cells.map((laid) => {
                const active = isActive(laid.row, laid.col);
                const editor = editing?.address === laid.address ? editing : undefined;
                const note = notes.get(laid.address);
                return (
                  <td
                    key={laid.address}
                    role="gridcell"
                    data-address={laid.address}
                    aria-colindex={laid.col + 2}
                    aria-selected={containsCell(selection, laid.row, laid.col)}
                    aria-readonly={isReadOnly(laid.cell?.locked) || undefined}
                    rowSpan={laid.rowSpan > 1 ? laid.rowSpan : undefined}
                    colSpan={laid.colSpan > 1 ? laid.colSpan : undefined}
                    tabIndex={active ? 0 : -1}
                    className={mergeClasses(
                      styles.cell,
                      containsCell(selection, laid.row, laid.col) && !active && styles.selected,
                      active && styles.active,
                    )}
                    style={cellStyle(laid.cell?.format, laid.cell?.value)}
                    // A cell note shows as Excel shows it: a red corner, its text on hover (and as the description).
                    title={note ? s.noteTitle(note.authorName, note.content) : undefined}
                    onClick={() => onCellClick(laid.row, laid.col)}
                    onDoubleClick={() => onCellDoubleClick(laid.row, laid.col)}
                  >
                    {note && <span className={styles.noteMark} aria-hidden />}
                    {laid.cell?.text}
                    {editor && (
                      <input
                        className={styles.editor}
                        aria-label={s.editorLabel(editor.address)}
                        value={editor.draft}
                        autoFocus
                        onChange={(event) => setDraft(event.target.value)}
                        onKeyDown={onEditorKeyDown}
                        onClick={(event) => event.stopPropagation()}
                        onDoubleClick={(event) => event.stopPropagation()}
                      />
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
