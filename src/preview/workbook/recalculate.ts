import { containsCell, type Rect } from "./address";
import { CYCLE_ERROR, evaluateFormula, parsersOf, recordingReads, type Parsers, type Ref } from "./calc";
import { cellKey, findSheet, getCell, parseCellKey, type Scalar, type SheetModel, type WorkbookModel } from "./model";

// Every formula is recomputed in dependency order after each change, as Excel shows it. Parsing a formula is the costly
// part (the parser interprets its grammar afresh each time), and one edit changes the inputs of only a few of the
// hundreds of formulas of a report. So, as conditional-format-paint.ts does, each formula's dependencies and result are
// kept with what they rested on, and reused while that is unchanged: the result while every cell it read holds the same
// value (and formula or not, ISFORMULA's input). A formula that looks up a defined name, reads a whole column, or asks
// for the time or a random number is worked out every time.

type FormulaCell = { sheet: SheetModel; row: number; col: number; formula: string };
/** A cell a formula read, 1-based as the parser gives it, and what it held then. */
type Read = { sheetName: string; row: number; col: number; held: string };
type KeptResult = { formula: string; reads: Read[]; value: Scalar };
type KeptRefs = { formula: string; sheetName: string; refs: Ref[] };

const VOLATILE = /\b(NOW|TODAY|RAND|RANDBETWEEN)\s*\(/i;

/** What each formula cell of a sheet last gave, and the references its formula makes, by cell key. */
const keptResults = new WeakMap<SheetModel, Map<string, KeptResult>>();
const keptRefs = new WeakMap<SheetModel, Map<string, KeptRefs>>();

function keptOf<T>(kept: WeakMap<SheetModel, Map<string, T>>, sheet: SheetModel): Map<string, T> {
  let bySheet = kept.get(sheet);
  if (!bySheet) kept.set(sheet, (bySheet = new Map<string, T>()));
  return bySheet;
}

/** What a cell holds, as far as a formula can tell: its value and whether it is a formula. */
function heldAt(model: WorkbookModel, sheetName: string, row: number, col: number): string {
  const sheet = findSheet(model, sheetName);
  const cell = sheet && getCell(sheet, row - 1, col - 1);
  return sheet ? `${typeof cell?.value}:${String(cell?.value)}:${cell?.formula !== undefined}` : "#REF!";
}

function refRect(ref: Ref): Rect {
  if ("from" in ref)
    return { top: ref.from.row - 1, left: ref.from.col - 1, bottom: ref.to.row - 1, right: ref.to.col - 1 };
  return { top: ref.row - 1, left: ref.col - 1, bottom: ref.row - 1, right: ref.col - 1 };
}

/** The references a formula makes (kept per cell while its text and its sheet's name stay, and it names no name). */
function refsOf(depParser: Parsers["depParser"], cell: FormulaCell): Ref[] {
  const kept = keptOf(keptRefs, cell.sheet);
  const key = cellKey(cell.row, cell.col);
  const before = kept.get(key);
  if (before && before.formula === cell.formula && before.sheetName === cell.sheet.name) return before.refs;
  let settled = true;
  let refs: Ref[];
  try {
    refs = recordingReads(
      () => undefined,
      () => depParser.parse(cell.formula, { sheet: cell.sheet.name, row: cell.row + 1, col: cell.col + 1 }, true),
      () => (settled = false),
    );
  } catch {
    refs = [];
  }
  if (settled) kept.set(key, { formula: cell.formula, sheetName: cell.sheet.name, refs });
  else kept.delete(key);
  return refs;
}

function dependenciesOf(model: WorkbookModel, refs: Ref[], cell: FormulaCell, all: FormulaCell[]): FormulaCell[] {
  const areas = refs.map((ref) => ({ sheet: findSheet(model, ref.sheet ?? cell.sheet.name), rect: refRect(ref) }));
  return all.filter((other) =>
    areas.some(({ sheet, rect }) => sheet === other.sheet && containsCell(rect, other.row, other.col)),
  );
}

/** A formula's result now: the one kept while every cell it read holds the same, else worked out (and kept). */
function resultOf(model: WorkbookModel, parser: Parsers["parser"], cell: FormulaCell): Scalar {
  const kept = keptOf(keptResults, cell.sheet);
  const key = cellKey(cell.row, cell.col);
  const before = kept.get(key);
  if (
    before &&
    before.formula === cell.formula &&
    before.reads.every((r) => heldAt(model, r.sheetName, r.row, r.col) === r.held)
  )
    return before.value;
  const reads: Read[] = [];
  let settled = !VOLATILE.test(cell.formula);
  const value = recordingReads(
    (sheetName, row, col) => reads.push({ sheetName, row, col, held: heldAt(model, sheetName, row, col) }),
    () => evaluateFormula(model, cell.sheet, cell.row, cell.col, cell.formula, parser),
    () => (settled = false),
  );
  if (settled) kept.set(key, { formula: cell.formula, reads, value });
  else kept.delete(key);
  return value;
}

/** Recomputes every formula cell in dependency order; cells in a cycle get CYCLE_ERROR. */
export function recalculate(model: WorkbookModel): void {
  const all: FormulaCell[] = [];
  for (const sheet of model.sheets) {
    for (const [key, cell] of sheet.cells) {
      if (cell.formula !== undefined)
        all.push({ sheet, ...parseCellKey(key), formula: cell.formula.replace(/^=/, "") });
    }
  }
  const { parser, depParser } = parsersOf(model);
  const deps = new Map(all.map((cell) => [cell, dependenciesOf(model, refsOf(depParser, cell), cell, all)]));
  const done = new Set<FormulaCell>();
  let progressed = true;
  while (progressed) {
    progressed = false;
    for (const cell of all) {
      if (done.has(cell) || !(deps.get(cell) ?? []).every((d) => done.has(d))) continue;
      setValue(cell, resultOf(model, parser, cell));
      done.add(cell);
      progressed = true;
    }
  }
  for (const cell of all) if (!done.has(cell)) setValue(cell, CYCLE_ERROR);
}

function setValue(cell: FormulaCell, value: Scalar): void {
  const stored = getCell(cell.sheet, cell.row, cell.col);
  if (stored) stored.value = value;
}
