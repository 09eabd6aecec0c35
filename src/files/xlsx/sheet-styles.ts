import type { Alignment, Border, Borders, Fill, Font } from "exceljs";
import type { SheetCell } from "../../domain";

// How each role of a layout cell looks on paper: the official tables are printed in 宋体 with thin borders, the
// title and headings bold. Figures the sheet computes are shaded so nobody tries to type over them.

type Role = SheetCell["role"];
export type RoleStyle = { font: Partial<Font>; alignment: Partial<Alignment>; bordered: boolean; fill?: Fill };

const SONG = "宋体";
const FANGSONG = "仿宋";
const center: Partial<Alignment> = { horizontal: "center", vertical: "middle", wrapText: true };

const thin: Partial<Border> = { style: "thin" };
export const allBorders: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/** A pale grey that prints lightly: computed figures. */
const computedFill: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };

const tableStyles: Record<Role, RoleStyle> = {
  title: { font: { name: SONG, size: 16, bold: true }, alignment: center, bordered: false },
  heading: {
    font: { name: SONG, size: 12, bold: true },
    alignment: { horizontal: "left", vertical: "middle", wrapText: true },
    bordered: false,
  },
  caption: { font: { name: FANGSONG, size: 10 }, alignment: center, bordered: false },
  header: { font: { name: SONG, size: 10, bold: true }, alignment: center, bordered: true },
  label: {
    font: { name: SONG, size: 10 },
    alignment: { horizontal: "left", vertical: "middle", wrapText: true },
    bordered: true,
  },
  input: { font: { name: SONG, size: 10 }, alignment: center, bordered: true },
  total: { font: { name: SONG, size: 10, bold: true }, alignment: center, bordered: true, fill: computedFill },
};

/** The prose cells of the text sheet: 仿宋 body text, wrapped from the top left, no border. */
const proseStyle: RoleStyle = {
  font: { name: FANGSONG, size: 12 },
  alignment: { horizontal: "left", vertical: "top", wrapText: true },
  bordered: false,
};

/** The look of a layout cell: table cells by role; an input cell with no table cell behind it is prose. */
export function styleOf(cell: SheetCell): RoleStyle {
  return cell.role === "input" && !cell.ref ? proseStyle : tableStyles[cell.role];
}
