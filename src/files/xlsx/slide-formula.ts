import { columnLetters } from "../../domain";

// Excel writes a formula filled down or across once (a “shared formula”) and the other cells only point to it; each
// of those cells means the formula with its relative references moved by its distance from the first. Text in
// quotes (strings, quoted sheet names) is left alone; a reference moved off the sheet becomes #REF!, as in Excel.

const QUOTED = /"(?:[^"]|"")*"|'(?:[^']|'')*'/g;
const REFERENCE = /(?<![A-Za-z0-9_.])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(!])/g;

/** The formula moved down `rows` and right `cols` as a filled-in copy would be. */
export function slideFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  let result = "";
  let at = 0;
  for (const quoted of formula.matchAll(QUOTED)) {
    result += slidePlain(formula.slice(at, quoted.index), rows, cols) + quoted[0];
    at = quoted.index + quoted[0].length;
  }
  return result + slidePlain(formula.slice(at), rows, cols);
}

function slidePlain(text: string, rows: number, cols: number): string {
  return text.replace(REFERENCE, (_, colFixed: string, letters: string, rowFixed: string, digits: string) => {
    let col = 0;
    for (const letter of letters.toUpperCase()) col = col * 26 + letter.charCodeAt(0) - 64;
    const newCol = colFixed ? col : col + cols;
    const newRow = rowFixed ? Number(digits) : Number(digits) + rows;
    if (newCol < 1 || newRow < 1) return "#REF!";
    return `${colFixed}${columnLetters(newCol - 1)}${rowFixed}${newRow}`;
  });
}
