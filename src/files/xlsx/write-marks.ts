import type { Worksheet } from "exceljs";
import { markStyles, type ConditionalFormatRule } from "../../domain";

// The workbook's own marks (src/domain/layout/conditional-formats.ts) as conditional formats of the file: Excel,
// WPS 表格 and LibreOffice paint them at recalculation, with or without the add-in.

/** Functions newer than Excel 2007 carry the "_xlfn." prefix inside a file (ECMA-376 future functions). */
const FUTURE_FUNCTIONS = /(?<![A-Za-z0-9_.])(ISFORMULA)\(/g;

/** A formula as a file stores it: no leading "=", future functions prefixed. */
export function fileFormula(formula: string): string {
  return formula.replace(/^=/, "").replace(FUTURE_FUNCTIONS, "_xlfn.$1(");
}

const argb = (color: string): string => `FF${color.replace(/^#/, "").toUpperCase()}`;

/** Adds each rule as an expression rule with its severity's fill and font, in the given order of priority. */
export function addMarks(sheet: Worksheet, rules: readonly ConditionalFormatRule[]): void {
  rules.forEach((rule, i) => {
    const style = markStyles[rule.severity];
    sheet.addConditionalFormatting({
      ref: rule.range,
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [fileFormula(rule.formula)],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(style.fill) } },
            font: { color: { argb: argb(style.font) } },
          },
        },
      ],
    });
  });
}
