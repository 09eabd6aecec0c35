import { invalidArgument, PreviewError } from "./errors";
import { createSheet, type SheetModel, type WorkbookModel } from "./model";
import { rewriteRefs } from "./refs";

/** Rejects names Excel rejects: empty, over 31 characters, [ ] : * ? / \ , or starting/ending with an apostrophe. */
export function assertSheetName(model: WorkbookModel, name: unknown, exceptId?: string): asserts name is string {
  const ok =
    typeof name === "string" &&
    name.length > 0 &&
    name.length <= 31 &&
    !/[[\]:*?/\\]/.test(name) &&
    !/^'|'$/.test(name);
  if (!ok) throw invalidArgument(`worksheet name "${String(name)}"`);
  const lower = name.toLowerCase();
  if (model.sheets.some((s) => s.id !== exceptId && s.name.toLowerCase() === lower)) {
    throw new PreviewError("ItemAlreadyExists", `A worksheet named "${name}" already exists.`);
  }
}

/** Next free default name ("Sheet2", ...). */
function defaultName(model: WorkbookModel): string {
  for (let i = model.sheets.length + 1; ; i++) {
    const name = `Sheet${i}`;
    if (!model.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) return name;
  }
}

/** Adds a sheet at the end (Excel adds after the last sheet when called from the API). */
export function addSheet(model: WorkbookModel, name?: string): SheetModel {
  const finalName = name ?? defaultName(model);
  assertSheetName(model, finalName);
  const sheet = createSheet(model, finalName);
  model.sheets.push(sheet);
  return sheet;
}

function rewriteSheetRefs(model: WorkbookModel, oldName: string, newName: string | undefined): void {
  const lower = oldName.toLowerCase();
  for (const sheet of model.sheets) {
    for (const cell of sheet.cells.values()) {
      if (cell.formula === undefined) continue;
      cell.formula = rewriteRefs(cell.formula, (ref) => {
        if (ref.sheet?.toLowerCase() !== lower) return ref;
        return newName === undefined ? undefined : { ...ref, sheet: newName };
      });
    }
  }
}

/** Renames a sheet; formulas that point at it follow, as in Excel. */
export function renameSheet(model: WorkbookModel, sheet: SheetModel, name: unknown): void {
  assertSheetName(model, name, sheet.id);
  rewriteSheetRefs(model, sheet.name, name);
  sheet.name = name;
}

/** Deletes a sheet: references to it become #REF!, names on it lose their target, its own names go. */
export function deleteSheet(model: WorkbookModel, sheet: SheetModel): void {
  if (model.sheets.filter((s) => s.visibility === "Visible").length <= 1 && sheet.visibility === "Visible") {
    throw new PreviewError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
  }
  const index = model.sheets.indexOf(sheet);
  model.sheets.splice(index, 1);
  rewriteSheetRefs(model, sheet.name, undefined);
  model.names = model.names.filter((n) => n.scopeSheetId !== sheet.id);
  for (const name of model.names) if (name.ref?.sheetId === sheet.id) delete name.ref;
  if (model.activeSheetId === sheet.id) {
    const next = model.sheets[Math.max(0, index - 1)] ?? model.sheets[0];
    model.activeSheetId = next?.id ?? "";
    model.selection = { sheetId: model.activeSheetId, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
  }
}

/** Moves a sheet to a 0-based position. */
export function moveSheet(model: WorkbookModel, sheet: SheetModel, position: unknown): void {
  if (typeof position !== "number" || !Number.isInteger(position) || position < 0 || position >= model.sheets.length) {
    throw invalidArgument("worksheet position");
  }
  model.sheets.splice(model.sheets.indexOf(sheet), 1);
  model.sheets.splice(position, 0, sheet);
}
