// A1 addresses: 0-based (row, col) ↔ "B5". Column letters are bijective base 26 (A…Z, AA…).

/** An address that is not a plain A1 cell address: a bug in the caller, never the user's data. */
export class A1AddressError extends Error {
  constructor(readonly address: string) {
    super(`not an A1 cell address: ${address}`);
    this.name = "A1AddressError";
  }
}

const LETTERS = 26;
const CODE_A = 65;

/** The letters of a 0-based column: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / LETTERS)) {
    letters = String.fromCharCode(CODE_A + ((n - 1) % LETTERS)) + letters;
  }
  return letters;
}

/** The A1 address of a 0-based cell position: (4, 1) → "B5". */
export function toA1(row: number, col: number): string {
  if (!Number.isInteger(row) || !Number.isInteger(col) || row < 0 || col < 0) {
    throw new A1AddressError(`(${row}, ${col})`);
  }
  return `${columnLetters(col)}${row + 1}`;
}

/** The 0-based position of an A1 address ("B5", "$B$5", "b5"); throws A1AddressError on anything else. */
export function fromA1(address: string): { row: number; col: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})$/.exec(address.trim());
  if (!match?.[1] || !match[2]) throw new A1AddressError(address);
  let col = 0;
  for (const letter of match[1].toUpperCase()) col = col * LETTERS + (letter.charCodeAt(0) - CODE_A + 1);
  return { row: Number(match[2]) - 1, col: col - 1 };
}
