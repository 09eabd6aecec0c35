import { mergeClasses } from "@fluentui/react-components";
import { memo, type CSSProperties, type KeyboardEvent } from "react";
import type { SheetSnapshot } from "../workbook/snapshot";
import { sameLines } from "./cell-lines";
import { cellStyle } from "./cell-style";
import { gridLayers, useGridStyles } from "./grid-styles";
import type { LaidCell, SheetLayout } from "./sheet-layout";
import { previewStrings as s } from "./strings.zh-CN";
import type { Editing } from "./useGridEditing";

/** What a row's cells call back into the grid; the grid passes one stable object, so rows need not re-render for it. */
export type RowHandlers = {
  onCellClick: (row: number, col: number) => void;
  onCellDoubleClick: (row: number, col: number) => void;
  setDraft: (draft: string) => void;
  onEditorKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
};

export type GridRowProps = {
  row: number;
  height: number;
  cells: LaidCell[];
  /** The selection's columns when it spans this row, else undefined. */
  selected: { left: number; right: number } | undefined;
  /** The active cell's column when it is in this row, else -1. */
  activeCol: number;
  editor: Editing | undefined;
  sheetProtected: boolean;
  notes: SheetSnapshot["notes"];
  handlers: RowHandlers;
  /** Where the grid's frozen rows and columns stick (the same object until one of them moves). */
  frozen: SheetLayout["frozen"];
};

/**
 * Where a cell stays as the grid scrolls, and what it covers: a cell of a frozen row sticks under the column letters,
 * one of a frozen column beside the row numbers, one of both in the corner above the others; a raised cell (the
 * active one) sits above the others of its kind.
 */
export function cellPlace(
  frozen: SheetLayout["frozen"],
  row: number,
  col: number,
  raised: boolean,
): CSSProperties | undefined {
  const top = frozen.topPx[row];
  const left = frozen.leftPx[col];
  const lift = raised ? gridLayers.raised : 0;
  if (top === undefined && left === undefined) return raised ? { zIndex: lift } : undefined;
  const layer = top !== undefined && left !== undefined ? gridLayers.frozenCornerCell : gridLayers.frozenCell;
  return { position: "sticky", top, left, zIndex: layer + lift };
}

// Text that runs on is drawn in a box of its own, placed up and down as the cell's vertical alignment places it.
const flexAlignment: Record<string, string> = { top: "flex-start", middle: "center", bottom: "flex-end" };

/** One row of the grid: its header and cells. Memoised: an edit re-renders only the rows whose cells changed. */
export const GridRow = memo(function GridRow(props: GridRowProps) {
  const { row, height, cells, selected, activeCol, editor, sheetProtected, notes, handlers, frozen } = props;
  const styles = useGridStyles();
  const frozenRowTop = frozen.topPx[row];
  const lastFrozenRow = row === frozen.topPx.length - 1;
  const lastFrozenColumn = frozen.leftPx.length - 1;
  return (
    <tr aria-rowindex={row + 2} style={{ height }}>
      <th
        scope="row"
        className={mergeClasses(styles.rowHeader, selected && styles.headerActive)}
        style={frozenRowTop === undefined ? undefined : { top: frozenRowTop, zIndex: gridLayers.frozenRowHeader }}
      >
        {row + 1}
      </th>
      {cells.map((laid) => {
        const active = laid.col === activeCol;
        const inSelection = selected !== undefined && laid.col >= selected.left && laid.col <= selected.right;
        const note = notes.find((n) => n.address === laid.address);
        const cellEditor = editor?.address === laid.address ? editor : undefined;
        const frozenCell = frozen.topPx[laid.row] !== undefined || frozen.leftPx[laid.col] !== undefined;
        const spills = laid.spillPx > 0;
        const place = cellPlace(frozen, laid.row, laid.col, active || spills);
        const style = cellStyle(laid.cell?.format, laid.cell?.value, laid.cell?.conditional);
        return (
          <td
            key={laid.address}
            role="gridcell"
            data-address={laid.address}
            aria-colindex={laid.col + 2}
            aria-selected={inSelection}
            aria-readonly={(sheetProtected && laid.cell?.locked !== false) || undefined}
            rowSpan={laid.rowSpan > 1 ? laid.rowSpan : undefined}
            colSpan={laid.colSpan > 1 ? laid.colSpan : undefined}
            tabIndex={active ? 0 : -1}
            className={mergeClasses(
              styles.cell,
              // The scrolled cells are where scrolling stops (Chromium stops only at what is laid out in view: not
              // at the column letters, which are laid out at the top and drawn stuck there).
              frozenCell ? styles.frozen : styles.scrollStop,
              spills && styles.spills,
              lastFrozenRow && styles.frozenEdgeBottom,
              laid.col + laid.colSpan - 1 === lastFrozenColumn && styles.frozenEdgeRight,
              inSelection && !active && styles.selected,
              active && styles.active,
            )}
            style={{ ...style, ...laid.lines, ...place }}
            // A cell note shows as Excel shows it: a red corner, its text on hover (and as the description).
            title={note ? s.noteTitle(note.authorName, note.content) : undefined}
            onClick={() => handlers.onCellClick(laid.row, laid.col)}
            onDoubleClick={() => handlers.onCellDoubleClick(laid.row, laid.col)}
          >
            {note && <span className={styles.noteMark} aria-hidden />}
            {spills ? (
              <span
                className={styles.spill}
                style={{ width: laid.spillPx, alignItems: flexAlignment[style.verticalAlign as string] }}
              >
                {laid.shown}
              </span>
            ) : (
              laid.shown
            )}
            {cellEditor && (
              // A text area, not an input: an input drops the line breaks of a multi-line cell (prose) on editing.
              <textarea
                className={styles.editor}
                aria-label={s.editorLabel(cellEditor.address)}
                value={cellEditor.draft}
                autoFocus
                // As in Excel, the caret starts after what the cell holds (or the key that started the edit).
                onFocus={(event) =>
                  event.currentTarget.setSelectionRange(cellEditor.draft.length, cellEditor.draft.length)
                }
                onChange={(event) => handlers.setDraft(event.target.value)}
                onKeyDown={handlers.onEditorKeyDown}
                onClick={(event) => event.stopPropagation()}
                onDoubleClick={(event) => event.stopPropagation()}
              />
            )}
          </td>
        );
      })}
    </tr>
  );
}, sameRow);

/** Rows are equal when every drawn cell is the same snapshot cell (kept by identity when unchanged) and the same span. */
function sameRow(a: GridRowProps, b: GridRowProps): boolean {
  return (
    a.row === b.row &&
    a.height === b.height &&
    a.activeCol === b.activeCol &&
    a.editor === b.editor &&
    a.sheetProtected === b.sheetProtected &&
    a.notes === b.notes &&
    a.handlers === b.handlers &&
    a.frozen === b.frozen &&
    a.selected?.left === b.selected?.left &&
    a.selected?.right === b.selected?.right &&
    a.cells.length === b.cells.length &&
    a.cells.every((cell, i) => {
      const other = b.cells[i];
      return (
        other !== undefined &&
        cell.cell === other.cell &&
        cell.col === other.col &&
        cell.rowSpan === other.rowSpan &&
        cell.colSpan === other.colSpan &&
        cell.shown === other.shown &&
        cell.spillPx === other.spillPx &&
        sameLines(cell.lines, other.lines)
      );
    })
  );
}
