import type { Rect } from "../workbook/address";
import type { Border, BorderSide, CellFormat } from "../workbook/model";

// Each drawn cell paints the lines on its own right and bottom edges (and its left and top ones only along the sheet's
// first column and row), in a table of separate borders. A table of collapsed borders shares each line between two
// cells, and Chromium paints those shared lines apart from the cells: a frozen (sticky) cell then left its lines
// behind, and the lines of the cells scrolled under it showed through as dots and strips.
// In Excel a cell's right border and its right neighbour's left border are the same line, so the line between two
// cells is whichever of the two is set.

/** The CSS border lines a cell draws itself; a side left out draws the gridline (right, bottom) or nothing. */
export type CellLines = Partial<Record<"borderTop" | "borderRight" | "borderBottom" | "borderLeft", string>>;

const lineStyles: Record<string, string> = {
  Continuous: "solid",
  Dash: "dashed",
  DashDot: "dashed",
  DashDotDot: "dashed",
  Dot: "dotted",
  Double: "double",
  SlantDashDot: "dashed",
};
const lineWidths: Record<string, string> = { Hairline: "1px", Thin: "1px", Medium: "2px", Thick: "3px" };

/** A border as a CSS line, or undefined when it draws none (absent, or style None). */
export function borderCss(border: Border | undefined): string | undefined {
  const line = border ? lineStyles[border.style] : undefined;
  if (!border || !line) return undefined;
  const width = line === "double" ? "3px" : (lineWidths[border.weight ?? "Thin"] ?? "1px");
  return `${width} ${line} ${border.color}`;
}

type FormatAt = (row: number, col: number) => CellFormat | undefined;

/** The first of the candidate borders that draws a line. */
function firstLine(formatAt: FormatAt, candidates: [number, number, BorderSide][]): string | undefined {
  for (const [row, col, side] of candidates) {
    const css = borderCss(formatAt(row, col)?.borders?.[side]);
    if (css) return css;
  }
  return undefined;
}

/**
 * The lines of a drawn area (a cell, or a merged area from its top-left cell): its own right and bottom borders, or
 * its neighbours' left and top ones. A merged area's edges are stored on its edge cells (a range's EdgeRight on its
 * right column), so those come first, then the top-left cell's.
 */
export function linesOf(formatAt: FormatAt, area: Rect): CellLines {
  const { top, left, bottom, right } = area;
  const lines: CellLines = {};
  const rightLine = firstLine(formatAt, [
    [top, right, "EdgeRight"],
    [top, left, "EdgeRight"],
    [top, right + 1, "EdgeLeft"],
  ]);
  const bottomLine = firstLine(formatAt, [
    [bottom, left, "EdgeBottom"],
    [top, left, "EdgeBottom"],
    [bottom + 1, left, "EdgeTop"],
  ]);
  const leftLine = left === 0 ? firstLine(formatAt, [[top, left, "EdgeLeft"]]) : undefined;
  const topLine = top === 0 ? firstLine(formatAt, [[top, left, "EdgeTop"]]) : undefined;
  if (rightLine) lines.borderRight = rightLine;
  if (bottomLine) lines.borderBottom = bottomLine;
  if (leftLine) lines.borderLeft = leftLine;
  if (topLine) lines.borderTop = topLine;
  return lines;
}

/** Whether two cells draw the same lines (layouts are rebuilt on every edit; rows re-render only when this differs). */
export function sameLines(a: CellLines, b: CellLines): boolean {
  return (
    a.borderTop === b.borderTop &&
    a.borderRight === b.borderRight &&
    a.borderBottom === b.borderBottom &&
    a.borderLeft === b.borderLeft
  );
}
