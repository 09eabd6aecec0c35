import { addressOf, formatForYear, formats, layoutTablesSheet, type CellRef, type Report } from "../../domain";
import { createWorkbook, installPreviewHost, type CellSnapshot, type PreviewWorkbook } from "../../preview/workbook";
import { insertTemplate } from "../insert-template";
import type { ReportSheet } from "../settings";
import { watchEdits, type EditCheck } from "../watch-edits";

// The preview workbook installed as the Excel host for each test, and a few ways to point at report cells.

/** Installs a fresh preview workbook as `Excel`/`Office` before each test; `host.workbook` is the current one. */
export function withPreviewHost(): { workbook: PreviewWorkbook } {
  const host = { workbook: createWorkbook() };
  let uninstall: () => void = () => undefined;
  beforeEach(() => {
    host.workbook = createWorkbook();
    uninstall = installPreviewHost(host.workbook);
  });
  afterEach(() => uninstall());
  return host;
}

export const BODY = "某市某局";

/** Inserts a year's template (its official format unless given) and returns its entry. */
export async function insertYear(year: number, previous?: Report): Promise<ReportSheet> {
  const format = formatForYear(year).id;
  const result = await insertTemplate({ year, body: BODY, format, ...(previous ? { previous } : {}) });
  if (!result.ok) throw new Error(`insert ${year} failed: ${result.reason}`);
  return { year, format, body: BODY, tablesSheet: result.tablesSheet, textSheet: result.textSheet };
}

/** The address a figure cell was inserted at. */
export function addressIn(sheet: ReportSheet, ref: CellRef, rowsAbove = 0): string {
  const layout = layoutTablesSheet(formats[sheet.format], sheet.year, sheet.body);
  const address = addressOf(layout, ref);
  if (!address) throw new Error(`no cell ${ref.table}:${ref.key}`);
  const [, letters = "", digits = "0"] = /^([A-Z]+)(\d+)$/.exec(address) ?? [];
  return `${letters}${Number(digits) + rowsAbove}`;
}

/** A cell of a sheet as the preview holds it. */
export function cellAt(workbook: PreviewWorkbook, sheetName: string, address: string): CellSnapshot | undefined {
  return workbook
    .snapshot()
    .sheets.find((s) => s.name === sheetName)
    ?.cells.find((c) => c.address === address);
}

export const apps = (key: string): CellRef => ({ table: "applications", key });

/** Types `value` into a cell of table 三 as a person does in the grid, and waits until the add-in has seen the edit. */
export async function typeFigure(
  workbook: PreviewWorkbook,
  sheet: ReportSheet,
  key: string,
  value: string,
): Promise<void> {
  expect(workbook.editFromUi(sheet.tablesSheet, addressIn(sheet, apps(key)), [[value]])).toEqual({ ok: true });
  await workbook.whenIdle();
}

/** Watches a sheet's edits as the pane does: every check's result and failure from now on (not the opening check). */
export async function watchFromNow(sheet: ReportSheet): Promise<{ results: EditCheck[]; errors: unknown[] }> {
  const results: EditCheck[] = [];
  const errors: unknown[] = [];
  await watchEdits(
    sheet,
    (result) => results.push(result),
    (error) => errors.push(error),
  );
  results.splice(0);
  return { results, errors };
}
