import type { Scalar } from "../workbook/model";
import { cellFont } from "./cell-style";
import type { LaidCell } from "./sheet-layout";

// How Excel shows a value wider than its cell (Excel's own behaviour, as documented for Excel-compatible grids, e.g.
// https://help.syncfusion.com/document-processing/excel/excel-library/net/migrate-from-office-automation-to-syncfusion-xlsio/wrap-text-in-excel
// and https://docs.mescius.jp/help/spread-wpf-gcspreadsheet-4/ss-celloverflow.html):
// - text (left-aligned, not wrapped, not merged) runs on over the empty cells to its right, and is cut off at the
//   first cell that holds something; the gridlines it crosses are not drawn;
// - a number that does not fit shows as ####, filling the cell.
// Text runs on only within its pane: a frozen column's text stops at the frozen edge, as Excel draws each pane apart.

/** The width of a text drawn in a CSS font, in pixels (the page measures with a canvas). */
export type TextMeasure = (text: string, font: string) => number;

// A cell's text sits inside its 3 px side paddings and its 1 px right line (grid-styles.ts).
const TEXT_INSET_PX = 3 + 3 + 1;

/** What a cell shows of its text, and how far it draws: `spillPx` wide when it runs on, else 0. */
export type TextFit = { shown: string; spillPx: number };

const isEmpty = (laid: LaidCell | undefined): boolean =>
  laid !== undefined &&
  laid.colSpan === 1 &&
  laid.rowSpan === 1 &&
  (laid.cell === undefined || (laid.cell.value === "" && laid.cell.formula === undefined));

const runsOn = (laid: LaidCell): boolean => {
  const format = laid.cell?.format;
  const alignment = format?.horizontalAlignment ?? "General";
  return (
    typeof laid.cell?.value === "string" &&
    laid.cell.text !== "" &&
    !laid.cell.text.includes("\n") &&
    !format?.wrapText &&
    (alignment === "General" || alignment === "Left") &&
    laid.colSpan === 1 &&
    laid.rowSpan === 1
  );
};

const isNumber = (value: Scalar | undefined): value is number => typeof value === "number";

/**
 * Fits one row's values to their cells: the numbers that do not fit turned to ####, the text that does not fit run on
 * over its empty neighbours (their gridlines under it left out). `widths` are the columns' widths in pixels; the
 * first `frozenColumns` columns are a pane of their own.
 */
export function fitRowText(
  row: readonly LaidCell[],
  widths: readonly number[],
  frozenColumns: number,
  measure: TextMeasure,
): LaidCell[] {
  const fitted = row.map((laid) => ({ ...laid }));
  // Where each column starts: a cell's width is then one subtraction, however many columns it spans.
  const starts = [0];
  for (const width of widths) starts.push((starts[starts.length - 1] ?? 0) + width);
  const startOf = (col: number) => starts[Math.min(col, widths.length)] ?? 0;
  const widthOf = (laid: LaidCell) => startOf(laid.col + laid.colSpan) - startOf(laid.col);
  fitted.forEach((laid, index) => {
    const cell = laid.cell;
    if (!cell) return;
    const room = widthOf(laid) - TEXT_INSET_PX;
    if (isNumber(cell.value)) {
      if (measure(cell.text, cellFont(cell.format)) > room)
        laid.shown = hashes(room, measure("#", cellFont(cell.format)));
      return;
    }
    if (!runsOn(laid) || !isEmpty(fitted[index + 1])) return;
    const needed = measure(cell.text, cellFont(cell.format));
    if (needed <= room) return;
    const paneEnd = laid.col < frozenColumns ? frozenColumns : Infinity;
    let spill = room;
    let crossed = laid;
    for (let next = index + 1; spill < needed; next++) {
      const neighbour = fitted[next];
      if (!neighbour || neighbour.col >= paneEnd || !isEmpty(neighbour)) break;
      // The line between the two is under the text: drawn only when it is a border, as Excel leaves out gridlines.
      if (crossed.lines.borderRight === undefined) crossed.lines = { ...crossed.lines, borderRight: NO_GRIDLINE };
      spill += widthOf(neighbour);
      crossed = neighbour;
    }
    if (crossed !== laid) laid.spillPx = spill;
  });
  return fitted;
}

/** A gridline left out, keeping its pixel so the cells keep their places. */
export const NO_GRIDLINE = "1px solid transparent";

function hashes(room: number, hashWidth: number): string {
  return "#".repeat(Math.max(1, Math.floor(room / Math.max(hashWidth, 1))));
}
