// Cutting prose into the pieces the checks read. A sentence ends at 。；！？ or a line break; a clause
// also ends at ，、：. A comma between digits (1,234) is a thousands separator, not a clause break.
// Every function here takes time linear in the text: prose may be anything a person pasted.

const FULL_WIDTH_ZERO = 0xff10;

/** The text with full-width digits (１２) as ASCII digits; every other character, and every index, unchanged. */
export function normalizeDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - FULL_WIDTH_ZERO));
}

const SENTENCE_END = /[。；;！!？?\r\n]/;
const SENTENCE_ENDS = /[。；;！!？?\r\n]/g;
const CLAUSE_ENDS = /[，、：:。；;！!？?\r\n]|,(?!\d{3})/g;

/** The sentences of a text, without their end marks and without empty ones. */
export function sentencesOf(text: string): string[] {
  return text.split(SENTENCE_END).filter((s) => s.trim() !== "");
}

/** The clauses of a sentence. */
export function clausesOf(sentence: string): string[] {
  return sentence.split(/[，、：:]|,(?!\d{3})/).filter((c) => c.trim() !== "");
}

/** The position in the sorted `indices` of the first one at or after `index` (binary search); the length if none. */
function firstAtOrAfter(indices: readonly number[], index: number): number {
  let low = 0;
  let high = indices.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (indices[middle]! < index) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Where the breaks of one text are, found once, then asked about any position in logarithmic time. */
export type TextBreaks = {
  /** The sentence that holds `index` (without its end mark), and where it starts. */
  sentenceAround(index: number): { start: number; text: string };
  /** Where the clause that holds `index` ends: the next clause or sentence break, or the end of the text. */
  clauseEnd(index: number): number;
};

/** The sentence and clause breaks of a text. */
export function breaksOf(text: string): TextBreaks {
  const sentenceEnds = [...text.matchAll(SENTENCE_ENDS)].map((m) => m.index);
  const clauseEnds = [...text.matchAll(CLAUSE_ENDS)].map((m) => m.index);
  return {
    sentenceAround(index) {
      const position = firstAtOrAfter(sentenceEnds, index);
      const start = position > 0 ? sentenceEnds[position - 1]! + 1 : 0;
      return { start, text: text.slice(start, sentenceEnds[position] ?? text.length) };
    },
    clauseEnd: (index) => clauseEnds[firstAtOrAfter(clauseEnds, index)] ?? text.length,
  };
}
