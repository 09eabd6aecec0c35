// Cutting prose into the pieces the checks read. A sentence ends at 。；！？ or a line break; a clause
// also ends at ，、：. A comma between digits (1,234) is a thousands separator, not a clause break.

const FULL_WIDTH_ZERO = 0xff10;

/** The text with full-width digits (１２) as ASCII digits; every other character, and every index, unchanged. */
export function normalizeDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - FULL_WIDTH_ZERO));
}

const SENTENCE_END = /[。；;！!？?\r\n]/;
const CLAUSE_END = /[，、：:。；;！!？?\r\n]|,(?!\d{3})/;

/** The sentences of a text, without their end marks and without empty ones. */
export function sentencesOf(text: string): string[] {
  return text.split(SENTENCE_END).filter((s) => s.trim() !== "");
}

/** The sentence that holds `index`. */
export function sentenceAround(text: string, index: number): string {
  const start = text.slice(0, index).search(/[^。；;！!？?\r\n]*$/);
  const rest = text.slice(index).search(SENTENCE_END);
  return text.slice(start, rest === -1 ? text.length : index + rest);
}

/** The clauses of a sentence. */
export function clausesOf(sentence: string): string[] {
  return sentence.split(/[，、：:]|,(?!\d{3})/).filter((c) => c.trim() !== "");
}

/** Where the clause that holds `index` ends: the next clause or sentence break, or the end of the text. */
export function clauseEnd(text: string, index: number): number {
  const rest = text.slice(index).search(CLAUSE_END);
  return rest === -1 ? text.length : index + rest;
}
