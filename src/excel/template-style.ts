import { moneyValidationFormula, type SheetCell, type ValueKind } from "../domain";

// How the template looks and guards its cells: one place for the colours, fonts, number formats and rules that
// the writer applies.

/** Header cells: a light blue-grey, as the official tables print in grey. */
export const HEADER_FILL = "#D9E1F2";
/** Computed totals: light grey, so they read as "not for typing". */
export const TOTAL_FILL = "#F2F2F2";
/** Excel's own "light red fill" and "light amber fill" of its conditional-format presets. */
export const ERROR_FILL = "#FFC7CE";
export const WARNING_FILL = "#FFEB9C";
/** Figures prefilled from last year's report: blue italics, so they read as “brought over, check me”. */
export const PREFILLED_FONT = "#2F5597";

/** Number formats come from the domain, shared with the .xlsx template. */
export { numberFormats } from "../domain";

/**
 * Data validation per kind, for a block whose top-left cell is `topLeft` (A1): counts whole ≥ 0; 本年增/减 whole and
 * may be negative; money ≥ 0 with at most MONEY_DECIMALS places (a custom formula, relative to the top-left cell).
 */
export function validationRule(kind: ValueKind, topLeft: string): Excel.DataValidationRule {
  switch (kind) {
    case "count":
      return { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
    case "change":
      return { wholeNumber: { formula1: -1e9, formula2: 1e9, operator: "Between" } };
    case "money":
      return { custom: { formula: `=${moneyValidationFormula(topLeft)}` } };
  }
}

/** Sheets are protected without a password: people may resize rows and columns, and only type into figures. */
export const protectionOptions: Excel.WorksheetProtectionOptions = { allowFormatColumns: true, allowFormatRows: true };

type CellStyle = { bold?: boolean; size?: number; fill?: string; align?: "Left" | "Center"; wrap?: boolean };

/** The look of each role; inputs keep Excel's defaults so typed figures look like typed figures. */
export const roleStyles: Record<SheetCell["role"], CellStyle> = {
  title: { bold: true, size: 16, align: "Center", wrap: true },
  heading: { bold: true, size: 12, align: "Left", wrap: true },
  caption: { size: 10, align: "Left" },
  header: { bold: true, fill: HEADER_FILL, align: "Center" },
  label: { align: "Left" },
  input: {},
  total: { fill: TOTAL_FILL },
};

/** Excel column widths are set in points: a character is the width of a digit, 7 pixels plus 5 of padding. */
export function columnPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
