import { slideFormula } from "../../files/xlsx/slide-formula";
import { evaluateFormula, isErrorValue, recordingReads } from "./calc";
import { cellKey, findSheet, getCell, type ConditionalFormatEntry, type SheetModel, type WorkbookModel } from "./model";

// Conditional formats painted as Excel paints them: each custom rule's formula is evaluated for every cell of its range
// against the current values (so an edit, or an undo that puts a value back, repaints at once), with relative
// references moved from the range's top-left cell to the cell. Formats are tried in priority order (the sheet's list,
// first on top); the first true one that sets the fill gives the fill, and the same for the font colour. A formula
// that fails (an error, or text) paints nothing, as in Excel. Other types than custom are not painted, nor are cells
// never written (the snapshot lists stored cells only; every figure cell of a template is written at insertion).
//
// A sheet is painted at every snapshot, that is after every edit; parsing a formula is the costly part. So each result
// is kept with the cells its formula read (their values and whether they hold a formula, ISFORMULA's input) and reused
// while none of them has changed: an edit re-evaluates only the formats that read the edited cells.

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
type Kept = { reads: Read[]; applies: boolean };

/** Each range cell's formula, moved from the range's top-left (the moving is kept too: it runs a regular expression). */
const moved = new WeakMap<ConditionalFormatEntry, { formula: string; at: Map<string, string> }>();
/**
 * Results by sheet and formula as moved to its cell: the balance of a column reads the same four cells from each of
 * them, so it is worked out once. Only a formula that asks where it stands (ROW(), COLUMN() …) is kept per cell.
 */
const kept = new WeakMap<SheetModel, Map<string, Kept>>();
const ASKS_POSITION = /\b(ROW|COLUMN|INDIRECT|OFFSET|CELL)\s*\(/i;

function movedFormula(entry: ConditionalFormatEntry, formula: string, row: number, col: number): string {
  let cache = moved.get(entry);
  if (cache?.formula !== formula) moved.set(entry, (cache = { formula, at: new Map() }));
  const key = cellKey(row, col);
  let text = cache.at.get(key);
  if (text === undefined)
    cache.at.set(key, (text = slideFormula(formula, row - entry.rect.top, col - entry.rect.left)));
  return text;
}

/** One painting: what each cell read holds, looked up once however many formulas read it. */
type Pass = { model: WorkbookModel; held: Map<string, string> };

/** What a cell holds, as far as a formula can tell: its value and whether it is a formula. */
function heldAt(pass: Pass, sheetName: string, row: number, col: number): string {
  const key = `${sheetName}|${row}|${col}`;
  let held = pass.held.get(key);
  if (held === undefined) {
    const sheet = findSheet(pass.model, sheetName);
    const cell = sheet && getCell(sheet, row - 1, col - 1);
    held = sheet ? `${typeof cell?.value}:${String(cell?.value)}:${cell?.formula !== undefined}` : "#REF!";
    pass.held.set(key, held);
  }
  return held;
}

/** Whether a formula makes its format apply at a cell: kept while the cells it read are unchanged, else worked out. */
function appliesAt(pass: Pass, sheet: SheetModel, row: number, col: number, formula: string): boolean {
  let bySheet = kept.get(sheet);
  if (!bySheet) kept.set(sheet, (bySheet = new Map<string, Kept>()));
  const key = ASKS_POSITION.test(formula) ? `${cellKey(row, col)}|${formula}` : formula;
  const before = bySheet.get(key);
  if (before?.reads.every((r) => heldAt(pass, r.sheetName, r.row, r.col) === r.held)) return before.applies;
  const reads: Read[] = [];
  const result = recordingReads(
    (sheetName, r, c) => reads.push({ sheetName, row: r, col: c, held: heldAt(pass, sheetName, r, c) }),
    () => evaluateFormula(pass.model, sheet, row, col, formula),
  );
  const now = applies(result);
  bySheet.set(key, { reads, applies: now });
  return now;
}

/** Whether a formula's result makes the format apply: TRUE or a number other than 0. */
const applies = (result: unknown): boolean =>
  result === true || (typeof result === "number" && result !== 0 && !isErrorValue(result));

/** The look conditional formats give the cells of a sheet now, by cell key; cells they leave alone are absent. */
export function conditionalStyles(model: WorkbookModel, sheet: SheetModel): Map<string, ConditionalStyle> {
  const styles = new Map<string, ConditionalStyle>();
  const pass: Pass = { model, held: new Map() };
  for (const entry of sheet.conditionalFormats) {
    const custom = customOf(entry);
    if (!custom) continue;
    const { rect } = entry;
    for (let row = rect.top; row <= rect.bottom; row++) {
      for (let col = rect.left; col <= rect.right; col++) {
        const key = cellKey(row, col);
        const style = styles.get(key) ?? {};
        if ((style.fill || !custom.style.fill) && (style.fontColor || !custom.style.fontColor)) continue;
        if (!appliesAt(pass, sheet, row, col, movedFormula(entry, custom.formula, row, col))) continue;
        const fill = style.fill ?? custom.style.fill;
        const fontColor = style.fontColor ?? custom.style.fontColor;
        styles.set(key, { ...(fill && { fill }), ...(fontColor && { fontColor }) });
      }
    }
  }
  return styles;
}
