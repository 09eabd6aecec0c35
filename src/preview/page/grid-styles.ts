import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * The grid's stacking order, bottom to top: scrolled cells slide under frozen ones, frozen cells under the row numbers
 * and column letters, the row numbers under the letters. A cell whose text runs on over its empty neighbours, and the
 * active cell, sit one above the others of their kind (`raised`).
 */
export const gridLayers = {
  raised: 1,
  frozenCell: 2,
  frozenCornerCell: 4,
  rowHeader: 6,
  frozenRowHeader: 7,
  columnHeader: 8,
  frozenColumnHeader: 9,
  corner: 10,
} as const;

// Every cell and header draws the lines on its own right and bottom edges (separate borders: see cell-lines.ts).
const headerLine = `1px solid ${tokens.colorNeutralStroke2}`;
const gridline = `1px solid ${tokens.colorNeutralStroke3}`;

/** Chrome of the grid (headers, gridlines, selection); the cells' own formats come from the workbook. */
export const useGridStyles = makeStyles({
  scroller: {
    flexGrow: 1,
    overflow: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
    scrollSnapType: "both mandatory",
  },
  // Where scrolling stops: at a cell's top and left edges (SheetGrid pads these by the frozen panes).
  scrollStop: { scrollSnapAlign: "start" },
  table: { borderCollapse: "separate", borderSpacing: 0, tableLayout: "fixed", outlineStyle: "none" },
  corner: {
    position: "sticky",
    top: 0,
    left: 0,
    zIndex: gridLayers.corner,
    width: "40px",
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: headerLine,
    borderBottom: headerLine,
  },
  columnHeader: {
    position: "sticky",
    top: 0,
    zIndex: gridLayers.columnHeader,
    height: "22px",
    textAlign: "center",
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: headerLine,
    borderBottom: headerLine,
  },
  rowHeader: {
    position: "sticky",
    left: 0,
    zIndex: gridLayers.rowHeader,
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: headerLine,
    borderBottom: headerLine,
    textAlign: "center",
  },
  headerActive: { backgroundColor: tokens.colorNeutralBackground3Selected, color: tokens.colorNeutralForeground1 },
  cell: {
    position: "relative",
    overflow: "hidden",
    textOverflow: "clip",
    padding: "0 3px",
    color: tokens.colorNeutralForeground1,
    borderRight: gridline,
    borderBottom: gridline,
    ":focus": { outlineStyle: "none" },
  },
  // Text running on over the empty cells to the right: drawn from the cell's padding, as wide as the layout allows.
  spills: { overflow: "visible" },
  spill: {
    position: "absolute",
    top: 0,
    bottom: 0,
    left: "3px",
    display: "flex",
    overflow: "hidden",
    whiteSpace: "pre",
    pointerEvents: "none",
  },
  // A frozen cell covers the cells scrolled under it; Excel draws the frozen edges as a darker line.
  frozen: { backgroundColor: tokens.colorNeutralBackground1 },
  frozenEdgeRight: { boxShadow: `inset -2px 0 0 ${tokens.colorNeutralStroke1}` },
  frozenEdgeBottom: { boxShadow: `inset 0 -2px 0 ${tokens.colorNeutralStroke1}` },
  noteMark: {
    position: "absolute",
    top: 0,
    right: 0,
    width: 0,
    height: 0,
    borderTop: `6px solid ${tokens.colorPaletteRedBorder2}`,
    borderLeft: "6px solid transparent",
  },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  active: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
    ":focus": { outline: `2px solid ${tokens.colorBrandStroke1}` },
  },
  editor: {
    position: "absolute",
    inset: 0,
    width: "100%",
    boxSizing: "border-box",
    border: `2px solid ${tokens.colorBrandStroke1}`,
    padding: "0 2px",
    font: "inherit",
    textAlign: "left",
    resize: "none",
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    outlineStyle: "none",
  },
});
