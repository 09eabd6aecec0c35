import type { NameEntry, WorkbookModel } from "./model";

/** Finds a defined name as a formula on a sheet sees it: the sheet's own name first, then the workbook's. */
export function resolveName(model: WorkbookModel, name: string, sheetId: string | undefined): NameEntry | undefined {
  const lower = name.toLowerCase();
  const matches = model.names.filter((n) => n.name.length === lower.length && n.name.toLowerCase() === lower);
  return (
    matches.find((n) => n.scopeSheetId !== undefined && n.scopeSheetId === sheetId) ??
    matches.find((n) => n.scopeSheetId === undefined)
  );
}
