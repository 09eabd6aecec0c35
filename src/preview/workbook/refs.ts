import { columnIndexOf, columnLetters, quoteSheetName } from "./address";

/** One end of a reference in a formula; a missing row or col means a whole-column or whole-row reference. */
export type RefCorner = { row?: number; col?: number; rowAbs: boolean; colAbs: boolean };

/** A reference found in a formula: "B5", "$B$5:H9", "5:7", "A:C", each possibly prefixed by a sheet. */
export type FormulaRef = { sheet?: string; start: RefCorner; end?: RefCorner };

/** Returns the rewritten reference, or undefined when the reference no longer exists (it becomes #REF!). */
export type RefRewrite = (ref: FormulaRef) => FormulaRef | undefined;

// A sheet prefix (quoted or plain), then a cell, a cell range, a row range or a column range. The lookahead
// keeps function names such as LOG10( and names such as A1_total from being read as references.
const refAt =
  /(?:'((?:[^']|'')+)'!|([A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?\d+:\$?\d+|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3})(?![\w(!.\u00C0-\uFFFF])/y;
const identifierChar = /[\w.$\u00C0-\uFFFF]/;

function parseCorner(text: string): RefCorner {
  const match = /^(\$?)([A-Za-z]{0,3})(\$?)(\d*)$/.exec(text);
  const [, colDollar = "", letters = "", rowDollar = "", digits = ""] = match ?? [];
  const corner: RefCorner = {
    rowAbs: rowDollar === "$" || (letters === "" && colDollar === "$"),
    colAbs: colDollar === "$",
  };
  if (letters !== "") corner.col = columnIndexOf(letters);
  if (digits !== "") corner.row = Number(digits) - 1;
  return corner;
}

function formatCorner(corner: RefCorner): string {
  const col = corner.col === undefined ? "" : `${corner.colAbs ? "$" : ""}${columnLetters(corner.col)}`;
  const row = corner.row === undefined ? "" : `${corner.rowAbs ? "$" : ""}${corner.row + 1}`;
  return col + row;
}

/** Writes a reference back as formula text. */
export function formatRef(ref: FormulaRef): string {
  const prefix = ref.sheet === undefined ? "" : `${quoteSheetName(ref.sheet)}!`;
  return prefix + formatCorner(ref.start) + (ref.end ? `:${formatCorner(ref.end)}` : "");
}

/** Rewrites every reference in a formula (string literals left alone); deleted references become #REF!. */
export function rewriteRefs(formula: string, rewrite: RefRewrite): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] ?? "";
    if (ch === '"') {
      const close = formula.indexOf('"', i + 1);
      const end = close === -1 ? formula.length : close + 1;
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const previous = i > 0 ? (formula[i - 1] ?? "") : "";
    refAt.lastIndex = i;
    const match = identifierChar.test(previous) ? null : refAt.exec(formula);
    if (!match) {
      out += ch;
      i += 1;
      continue;
    }
    const [text, quoted, plain, body = ""] = match;
    const sheet = quoted !== undefined ? quoted.replace(/''/g, "'") : plain;
    const [startText = "", endText] = body.split(":");
    const ref: FormulaRef = { start: parseCorner(startText), ...(sheet === undefined ? {} : { sheet }) };
    if (endText !== undefined) ref.end = parseCorner(endText);
    const rewritten = rewrite(ref);
    out += rewritten ? formatRef(rewritten) : "#REF!";
    i += text.length;
  }
  return out;
}

/** Moves the relative parts of every reference by (rows, cols), as Excel does when a formula applies to a range. */
export function offsetRelativeRefs(formula: string, rows: number, cols: number): string {
  const move = (c: RefCorner): RefCorner => ({
    ...c,
    ...(c.row !== undefined && !c.rowAbs ? { row: c.row + rows } : {}),
    ...(c.col !== undefined && !c.colAbs ? { col: c.col + cols } : {}),
  });
  return rewriteRefs(formula, (ref) => ({
    ...ref,
    start: move(ref.start),
    ...(ref.end ? { end: move(ref.end) } : {}),
  }));
}

/** Reads a text that is exactly one reference, such as "=Sheet1!$B$5:$C$6" (the form names and list sources use). */
export function parseSheetRef(text: string): FormulaRef | undefined {
  const body = text.trim().replace(/^=/, "").trim();
  refAt.lastIndex = 0;
  const match = refAt.exec(body);
  if (!match || match[0].length !== body.length) return undefined;
  let found: FormulaRef | undefined;
  rewriteRefs(body, (ref) => (found = ref));
  return found;
}
