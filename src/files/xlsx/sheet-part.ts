import type { Shown } from "./formulas";
import { unescapeText } from "./package-parts";
import { slideFormula } from "./slide-formula";
import { walkXml } from "./walk-xml";

// One worksheet part read as a stream: the cells that hold something and the merged blocks, nothing else (no
// styles beyond “is this a date”, no column widths, no drawings). Positions are 0-based.

/** Excel's own sheet size: 1,048,576 rows of 16,384 columns. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** A block of merged cells, 0-based and inclusive (a lone cell is a block of one). */
export type Block = { top: number; left: number; bottom: number; right: number };

/**
 * A cell as the file has it. `value` is what it shows (a formula's cached result); `formula` is set only for a
 * formula the file carries no result for; `text` is a number's own digits when the number is beyond 2^53, where a
 * double no longer holds every whole number, so the reader can say so instead of quietly rounding.
 */
export type SheetCell = { value: Shown; formula?: string; text?: string };

export type SheetPart = {
  /** By `row * MAX_COLS + col`. */
  cells: Map<number, SheetCell>;
  merges: Block[];
  /** One past the last row and column that hold a cell: the sheet's used area. */
  rows: number;
  cols: number;
};

/** What every sheet of a workbook shares: its strings, its date styles and date system, and a cell budget. */
export type SheetContext = {
  strings: readonly string[];
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
  /** Cells the workbook may still hold; reading stops with `tooManyCells` when it runs out. */
  budget: { cells: number; merges: number };
};

/** Thrown when a workbook holds more cells or merges than any report needs. */
export class TooManyCells extends Error {}

export const cellIndex = (row: number, col: number): number => row * MAX_COLS + col;

/** "B5" or "$B$5" → { row: 4, col: 1 }; undefined beyond Excel's sheet or for anything else. */
export function parseAddress(address: string): { row: number; col: number } | undefined {
  // Read by character codes: this runs for every cell of every sheet.
  let at = 0;
  let col = 0;
  let row = 0;
  if (address.charCodeAt(at) === 36 /* $ */) at++;
  for (let code = address.charCodeAt(at) | 32; code >= 97 && code <= 122; code = address.charCodeAt(++at) | 32) {
    col = col * 26 + code - 96;
  }
  const lettersEnd = at;
  if (address.charCodeAt(at) === 36) at++;
  const digitsStart = at;
  for (let code = address.charCodeAt(at); code >= 48 && code <= 57; code = address.charCodeAt(++at)) {
    row = row * 10 + code - 48;
  }
  if (at !== address.length || at === digitsStart || lettersEnd === 0 || col === 0) return undefined;
  return row >= 1 && row <= MAX_ROWS && col <= MAX_COLS ? { row: row - 1, col: col - 1 } : undefined;
}

type Pending = { row: number; col: number; type: string; style: number; formula?: string; shared?: string };

/** Reads a worksheet part; undefined when it is not well-formed XML. Throws TooManyCells past the budget. */
export function readSheetPart(bytes: Uint8Array, context: SheetContext): SheetPart | undefined {
  const part: SheetPart = { cells: new Map(), merges: [], rows: 0, cols: 0 };
  const masters = new Map<string, { formula: string; row: number; col: number }>();
  let cell: Pending | undefined;
  let row = -1;
  let nextCol = 0;
  let inFormula = false;
  let inValue = false;
  let formula: { text: string; shared?: string; kind?: string } | undefined;
  let value: string[] | undefined;
  let phonetic = 0;

  const finish = (pending: Pending): void => {
    const raw = value?.join("");
    let text = formula?.text ?? "";
    if (formula?.kind === "shared" && formula.shared !== undefined) {
      const master = masters.get(formula.shared);
      if (text !== "") masters.set(formula.shared, { formula: text, row: pending.row, col: pending.col });
      else if (master) text = slideFormula(master.formula, pending.row - master.row, pending.col - master.col);
    }
    const isFormula = text !== "" || formula?.kind !== undefined;
    let stored: SheetCell | undefined;
    if (raw !== undefined && raw !== "")
      stored = { value: valueOf(raw, pending, context), ...largeNumber(raw, pending) };
    else if (isFormula && text !== "") stored = { value: undefined, formula: text };
    if (!stored) return;
    if (--context.budget.cells < 0) throw new TooManyCells();
    part.cells.set(cellIndex(pending.row, pending.col), stored);
    part.rows = Math.max(part.rows, pending.row + 1);
    part.cols = Math.max(part.cols, pending.col + 1);
  };

  const ok = walkXml(bytes, {
    open: (tag, attributes) => {
      if (tag === "c") {
        const at = attributes.r === undefined ? { row, col: nextCol } : parseAddress(attributes.r);
        cell = at && { row: at.row, col: at.col, type: attributes.t ?? "n", style: Number(attributes.s ?? 0) };
        nextCol = (at?.col ?? nextCol) + 1;
        formula = undefined;
        value = undefined;
      } else if (tag === "v" || tag === "t") {
        inValue = phonetic === 0;
        if (inValue) value ??= [];
      } else if (tag === "row") {
        row = attributes.r === undefined ? row + 1 : Number(attributes.r) - 1;
        nextCol = 0;
      } else if (tag === "f") {
        inFormula = true;
        formula = { text: "", shared: attributes.si, kind: attributes.t };
      } else if (tag === "rPh") phonetic += 1;
      else if (tag === "mergeCell") addMerge(part, attributes.ref, context);
    },
    text: (text) => {
      if (!cell) return;
      if (inFormula && formula) formula.text += text;
      else if (inValue) value?.push(text);
    },
    close: (tag) => {
      if (tag === "f") inFormula = false;
      else if (tag === "v" || tag === "t") inValue = false;
      else if (tag === "rPh") phonetic -= 1;
      else if (tag === "c") {
        if (cell) finish(cell);
        cell = undefined;
      }
    },
  });
  return ok ? part : undefined;
}

function addMerge(part: SheetPart, ref: string | undefined, context: SheetContext): void {
  const [first = "", last = first] = (ref ?? "").split(":");
  const from = parseAddress(first);
  const to = parseAddress(last);
  if (!from || !to) return;
  if (--context.budget.merges < 0) throw new TooManyCells();
  part.merges.push({
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  });
}

/** What a cell's written value shows, by its type: a shared string, text, a truth value, an error code, a number. */
function valueOf(raw: string, cell: Pending, context: SheetContext): Shown {
  switch (cell.type) {
    case "s":
      return context.strings[Number(raw)];
    case "str":
    case "inlineStr":
      return unescapeText(raw);
    case "b":
      return Number(raw) !== 0;
    case "e":
      return raw;
    default: {
      const number = Number(raw);
      if (!Number.isFinite(number)) return raw;
      return context.dateStyles.has(cell.style) ? (dateText(number, context.date1904) ?? number) : number;
    }
  }
}

/** A number's own text when it is beyond what a double holds exactly. */
function largeNumber(raw: string, cell: Pending): { text?: string } {
  if (cell.type !== "n") return {};
  const number = Number(raw);
  return Number.isFinite(number) && Math.abs(number) > Number.MAX_SAFE_INTEGER ? { text: raw.trim() } : {};
}

/** A date serial as Excel shows a date, "2025-01-31"; undefined for a serial no calendar holds. */
function dateText(serial: number, date1904: boolean): string | undefined {
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}
