import { slideFormula } from "../../files/xlsx/slide-formula";
import { evaluateFormula, isErrorValue, recordingReads } from "./calc";
import { cellKey, findSheet, getCell, type ConditionalFormatEntry, type SheetModel, type WorkbookModel } from "./model";

// Conditional formats painted as Excel paints them: each custom rule's formula is evaluated for every cell of its range
// against the current values (so an edit, or an undo that puts a value back, repaints at once), with relative
// references moved from the range's top-left cell to the cell. Formats are tried in priority order (the sheet's list,
// first on top); the first true one that sets the fill gives the fill, and the same for the font colour. A formula
// that fails (an error, or text) paints nothing, as in Excel. Other types than custom are not painted.
//
// A sheet is painted at every snapshot, that is after every edit; parsing a formula is the costly part. So each cell's
// result is kept with the cells its formula read (their values and whether they hold a formula, ISFORMULA's input)
// and reused while none of them has changed: an edit re-evaluates only the formats that read the edited cells.

/** What conditional formats change in a cell's look. */
export type ConditionalStyle = { fill?: string; fontColor?: string };

const CUSTOM = "Custom";

function stringAt(root: unknown, path: readonly string[]): string | undefined {
  let node = root;
  for (const key of path)
    node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  return typeof node === "string" ? node : undefined;
}

/** A custom format's formula and look, or undefined when it has no formula or changes nothing. */
function customOf(entry: ConditionalFormatEntry): { formula: string; style: ConditionalStyle } | undefined {
  if (entry.type !== CUSTOM) return undefined;
  const formula = stringAt(entry.props, ["custom", "rule", "formula"]);
  const fill = stringAt(entry.props, ["custom", "format", "fill", "color"]);
  const fontColor = stringAt(entry.props, ["custom", "format", "font", "color"]);
  if (formula === undefined || (fill === undefined && fontColor === undefined)) return undefined;
  return { formula: formula.replace(/^=/, ""), style: { ...(fill && { fill }), ...(fontColor && { fontColor }) } };
}

/** A cell a formula read, 1-based as the parser gives it, and what it held then. */
type Read = { sheetName: string; row: number; col: number; held: string };
type Kept = { formula: string; reads: Read[]; applies: boolean };

const kept = new WeakMap<ConditionalFormatEntry, Map<string, Kept>>();

/** What a cell holds, as far as a formula can tell: its value and whether it is a formula. */
function heldAt(model: WorkbookModel, sheetName: string, row: number, col: number): string {
  const sheet = findSheet(model, sheetName);
  const cell = sheet && getCell(sheet, row - 1, col - 1);
  return sheet ? `${typeof cell?.value}:${String(cell?.value)}:${cell?.formula !== undefined}` : "#REF!";
}

/** Whether the format applies at a cell: the kept result while the cells it read are unchanged, else worked out. */
function appliesAt(
  model: WorkbookModel,
  sheet: SheetModel,
  entry: ConditionalFormatEntry,
  row: number,
  col: number,
  formula: string,
): boolean {
  let byCell = kept.get(entry);
  if (!byCell) kept.set(entry, (byCell = new Map<string, Kept>()));
  const key = cellKey(row, col);
  const before = byCell.get(key);
  if (before?.formula === formula && before.reads.every((r) => heldAt(model, r.sheetName, r.row, r.col) === r.held))
    return before.applies;
  const reads: Read[] = [];
  const result = recordingReads(
    (sheetName, r, c) => reads.push({ sheetName, row: r, col: c, held: heldAt(model, sheetName, r, c) }),
    () => evaluateFormula(model, sheet, row, col, formula),
  );
  const now = applies(result);
  byCell.set(key, { formula, reads, applies: now });
  return now;
}

/** Whether a formula's result makes the format apply: TRUE or a number other than 0. */
const applies = (result: unknown): boolean =>
  result === true || (typeof result === "number" && result !== 0 && !isErrorValue(result));

/** The look conditional formats give the cells of a sheet now, by cell key; cells they leave alone are absent. */
export function conditionalStyles(model: WorkbookModel, sheet: SheetModel): Map<string, ConditionalStyle> {
  const styles = new Map<string, ConditionalStyle>();
  for (const entry of sheet.conditionalFormats) {
    const custom = customOf(entry);
    if (!custom) continue;
    const { rect } = entry;
    for (let row = rect.top; row <= rect.bottom; row++) {
      for (let col = rect.left; col <= rect.right; col++) {
        const key = cellKey(row, col);
        const style = styles.get(key) ?? {};
        if ((style.fill || !custom.style.fill) && (style.fontColor || !custom.style.fontColor)) continue;
        const formula = slideFormula(custom.formula, row - rect.top, col - rect.left);
        if (!appliesAt(model, sheet, entry, row, col, formula)) continue;
        const fill = style.fill ?? custom.style.fill;
        const fontColor = style.fontColor ?? custom.style.fontColor;
        styles.set(key, { ...(fill && { fill }), ...(fontColor && { fontColor }) });
      }
    }
  }
  return styles;
}
