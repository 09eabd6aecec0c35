import {
  conditionalFormatRules,
  formats,
  layoutTablesSheet,
  markStyles,
  type FormatId,
  type SheetLayout,
} from "../domain";
import type { ReportSheet } from "./settings";

// The workbook's own marks (src/domain/layout/conditional-formats.ts), written once at insertion as conditional
// formats, so Excel paints wrong figures at recalculation whether or not the add-in runs, and an edit writes nothing.
//
// Office.js facts relied on (learn.microsoft.com):
// - "Apply conditional formatting to Excel ranges" (office/dev/add-ins/excel/excel-add-ins-conditional-formatting):
//   `range.conditionalFormats.add(Excel.ConditionalFormatType.custom)` (ExcelApi 1.6), `custom.rule.formula` is an
//   English formula with "=" whose relative references are relative to the range's top-left cell (its example:
//   "=IF(B8>…)" over B8:E13); a lower priority number wins.
// - ConditionalFormatCollection.add "adds a new conditional format to the collection at the first/top priority"
//   (javascript/api/excel/excel.conditionalformatcollection): so the rules are added last first, and the first rule
//   (errors come first) ends on top without writing `priority`.
// - "Undo capabilities of Excel add-ins" (office/dev/add-ins/excel/excel-add-ins-undo-capabilities): conditional
//   formats are not among the APIs without undo support, so writing them keeps the user's undo stack.

/** Last year's report in this workbook, whose tables sheet the carry-over ties read. */
export type LastYear = Pick<ReportSheet, "year" | "format" | "body" | "tablesSheet">;

/**
 * Queues the tables sheet's conditional formats (no sync). Call before the sheet is protected: a protected sheet
 * refuses formats. `lastYear` only when its tables sheet is in the workbook now, under that name.
 */
export function queueMarks(sheet: Excel.Worksheet, format: FormatId, layout: SheetLayout, lastYear?: LastYear): void {
  const previous = lastYear && {
    sheetName: lastYear.tablesSheet,
    layout: layoutTablesSheet(formats[lastYear.format], lastYear.year, lastYear.body),
  };
  const rules = conditionalFormatRules(formats[format], layout, previous);
  for (const rule of [...rules].reverse()) {
    const style = markStyles[rule.severity];
    const custom = sheet.getRange(rule.range).conditionalFormats.add(Excel.ConditionalFormatType.custom).custom;
    custom.rule.formula = rule.formula;
    custom.format.fill.color = style.fill;
    custom.format.font.color = style.font;
  }
}
