import type { Rect } from "./address";
import { validationAt } from "./data-validation";
import { ensureCell, pruneCell, type SheetModel, type WorkbookModel } from "./model";
import { parseInput } from "./text";
import { isCellValid } from "./validation";

/** Why a UI edit was refused: a locked cell of a protected sheet, or a value the validation alert rejects. */
export type UiEditResult =
  | { ok: true }
  | { ok: false; reason: "protected"; address: string }
  | { ok: false; reason: "invalid"; address: string; style: string; title: string; message: string };

/** The Stop alert a typed edit meets: the first cell whose validation refuses what would be written, if any. */
export function validationRefusal(
  model: WorkbookModel,
  sheet: SheetModel,
  rect: Rect,
  matrix: unknown[][],
  address: string,
): UiEditResult | undefined {
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      const entry = validationAt(sheet, r, c);
      const input = parseInput(matrix[r - rect.top]?.[c - rect.left], undefined);
      if (!entry?.errorAlert.showAlert || input.formula !== undefined) continue;
      // Check the candidate value in place, then put the old one back.
      const cell = ensureCell(sheet, r, c);
      const saved = { ...cell };
      cell.value = input.value;
      delete cell.formula;
      const valid = isCellValid(model, sheet, r, c, entry);
      Object.assign(cell, saved);
      if (saved.formula === undefined) delete cell.formula;
      pruneCell(sheet, r, c);
      if (!valid) {
        const { style, title, message } = entry.errorAlert;
        return { ok: false, reason: "invalid", address, style, title, message };
      }
    }
  }
  return undefined;
}
