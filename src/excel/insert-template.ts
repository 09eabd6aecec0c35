import {
  addressOf,
  emptyReport,
  formats,
  layoutTablesSheet,
  layoutTextSheet,
  prefillFromPrevious,
  refId,
  sheetNames as defaultSheetNames,
  type FormatId,
  type PrefilledCell,
  type Report,
  type SheetLayout,
} from "../domain";
import { hostCall } from "./host-error";
import { queuePreviousRead } from "./read-report";
import { queueReportSheets, queueWorkbookNames } from "./report-sheets";
import { queueSetting, queueSettingWrite, reportSheetsSchema, settingKeys, type ReportSheet } from "./settings";
import { PREFILLED_FONT, protectionOptions } from "./template-style";
import { undoInsert } from "./undo-insert";
import { queueMarks } from "./write-marks";
import { queueSheetWrite } from "./write-sheet";

export type InsertOptions = {
  year: number;
  body: string;
  format: FormatId;
  /** Last year's report: its figures fill this year's carry-over cells (上年结转 and the like). */
  previous?: Report;
  /** Other names for the two sheets, when the default ones are taken. */
  sheetNames?: { tables: string; text: string };
};

export type InsertResult =
  | {
      ok: true;
      tablesSheet: string;
      textSheet: string;
      prefilled: PrefilledCell[];
      /** Where the carry-over figures came from: the report the user gave, or last year's sheets in the workbook. */
      prefilledFrom?: "given" | "workbook";
    }
  /** Sheets of these names exist already; nothing was written. */
  | { ok: false; reason: "exists"; existing: string[] }
  /** Names Excel would refuse for a sheet (empty, over 31 characters, [ ] : * ? / \, or both the same). */
  | { ok: false; reason: "badName"; invalid: string[] }
  /** The year's report is already in the workbook, on `existing` (its tables and text sheets): open it instead. */
  | { ok: false; reason: "yearInUse"; year: number; existing: string[] }
  /** No 机关名称: the title and every check need it. */
  | { ok: false; reason: "noBody" }
  /** The report given to prefill from is not last year's: nothing was written. */
  | { ok: false; reason: "previousYear"; year: number; previousYear: number };

/** Whether Excel accepts a sheet name: 1–31 characters, none of [ ] : * ? / \, no apostrophe at either end. */
export function isValidSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[[\]:*?/\\]/.test(name) && !/^'|'$/.test(name);
}

function invalidNames(names: { tables: string; text: string }): string[] {
  if (names.tables.toLowerCase() === names.text.toLowerCase()) return [names.tables, names.text];
  return [names.tables, names.text].filter((name) => !isValidSheetName(name));
}

function queuePageSetup(sheet: Excel.Worksheet, layout: SheetLayout): void {
  // Page layout is ExcelApi 1.9; hosts without it (the preview workbook) print with their defaults.
  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.9") || !("pageLayout" in sheet)) return;
  sheet.pageLayout.paperSize = Excel.PaperType.a4;
  const rows = layout.printTitleRows;
  if (rows) sheet.pageLayout.setPrintTitleRows(`$${rows.first + 1}:$${rows.last + 1}`);
}

/** Prefilled cells are told apart from typed ones by their font (the fill is the add-in's marks' own). */
function queuePrefillMarks(sheet: Excel.Worksheet, layout: SheetLayout, filled: readonly PrefilledCell[]): void {
  for (const cell of filled) {
    const address = addressOf(layout, cell.ref);
    if (!address) continue;
    const font = sheet.getRange(address).format.font;
    font.color = PREFILLED_FONT;
    font.italic = true;
  }
}

/**
 * Inserts a year's two sheets (tables 二–四 and prose 一、五、六) built from the shared layout, protected, with
 * names for every figure and prose cell, and records them in the workbook's settings. Never touches an existing
 * sheet: when either name is taken nothing is written; when writing fails part-way, what was written is removed
 * again (undo-insert.ts). One Excel.run, two syncs.
 */
export function insertTemplate(options: InsertOptions): Promise<InsertResult> {
  const { year, format: formatId, previous } = options;
  const body = options.body.trim();
  if (body === "") return Promise.resolve({ ok: false, reason: "noBody" });
  if (previous && previous.year !== year - 1) {
    return Promise.resolve({ ok: false, reason: "previousYear", year, previousYear: previous.year });
  }
  const names = options.sheetNames ?? defaultSheetNames(year);
  const invalid = invalidNames(names);
  if (invalid.length > 0) return Promise.resolve({ ok: false, reason: "badName", invalid });
  // Waits while a cell is being edited (run.ts). Not merged into one undo group: protecting the sheets is among the
  // APIs without undo support, and insertion is the one action that protects: once, never toggled afterwards.
  return hostCall(() =>
    Excel.run({ delayForCellEdit: true }, async (context): Promise<InsertResult> => {
      const sheets = context.workbook.worksheets;
      const probes = [names.tables, names.text].map((name) => sheets.getItemOrNullObject(name).load("name"));
      const listed = queueSetting(context, settingKeys.reports, reportSheetsSchema, []);
      const reports = queueReportSheets(context);
      const workbookNames = queueWorkbookNames(context);
      // Without a last-year report from the user, last year's sheets in this workbook (if any) fill the carry-over.
      const lastYearInWorkbook = previous ? undefined : queuePreviousRead(context, year);
      await context.sync();

      const existing = probes.filter((probe) => !probe.isNullObject).map((probe) => probe.name);
      // The year's report already here comes first: inserting it again under other names would only fail.
      const prefix = `nb_${year}_`;
      const yearNames = workbookNames.items.filter((item) => item.name.toLowerCase().startsWith(prefix));
      if (yearNames.some((item) => item.type === "Range")) {
        const entry = reports().find((r) => r.year === year);
        const sheetsOfYear = entry ? [entry.tablesSheet, entry.textSheet] : existing;
        return { ok: false, reason: "yearInUse", year, existing: sheetsOfYear };
      }
      if (existing.length > 0) return { ok: false, reason: "exists", existing };
      // Names left pointing at #REF! by a deleted sheet of this year would block the new ones.
      for (const stale of yearNames) stale.delete();

      const format = formats[formatId];
      const source = previous ?? lastYearInWorkbook?.();
      const { filled } = source
        ? prefillFromPrevious(emptyReport(formatId, year, body), source)
        : { filled: [] as PrefilledCell[] };
      const layouts = [layoutTablesSheet(format, year, body), layoutTextSheet(format, year, body)] as const;
      const values = new Map(filled.map((cell) => [refId(cell.ref), cell.value]));
      const added = [names.tables, names.text].map((name) => sheets.add(name));
      layouts.forEach((layout, i) => {
        const sheet = added[i];
        if (!sheet) return;
        queueSheetWrite(context, sheet, layout, values);
        if (i === 0) queuePrefillMarks(sheet, layout, filled);
        if (i === 0)
          queueMarks(
            sheet,
            formatId,
            layout,
            reports().find((r) => r.year === year - 1),
          );
        queuePageSetup(sheet, layout);
        sheet.protection.protect(protectionOptions);
      });
      const entry: ReportSheet = { year, format: formatId, body, tablesSheet: names.tables, textSheet: names.text };
      queueSettingWrite(context, settingKeys.reports, [...listed().filter((r) => r.year !== year), entry]);
      added[0]?.activate();
      try {
        await context.sync();
      } catch (error) {
        return undoInsert(names, year, listed(), error);
      }
      const prefilledFrom = source ? (previous ? "given" : "workbook") : undefined;
      return { ok: true, tablesSheet: names.tables, textSheet: names.text, prefilled: filled, prefilledFrom };
    }),
  );
}
