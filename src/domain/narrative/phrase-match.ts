// Matching the words before a quoted figure without regular expressions: a phrase is a short sequence of word
// choices, some optional, some repeated (the fillers of 共计、政府信息公开…), that must reach the end of the lead.
// A regular expression for it backtracks exponentially when fillers overlap (共计 is also 共 then 计); this matcher
// marks, right to left, where each step can still reach the end: time linear in the lead's length.

/** One step of a phrase: one of `words` (whitespace too when `space`), optional, or repeated any number of times. */
export type PhraseStep = {
  words: readonly string[];
  space?: boolean;
  optional?: boolean;
  repeated?: boolean;
  /** The step may not follow this character (收到 in 新收到 is not 收到). */
  notAfter?: string;
};

/** A phrase that ends where the lead ends; `anchored` phrases must also start where it starts. */
export type Phrase = { steps: readonly PhraseStep[]; anchored?: boolean };

const isSpace = (char: string | undefined): boolean => char !== undefined && char.trim() === "";

/** A step's words by their first character, so that a position is tried only against words that can start there. */
const wordsByFirst = new WeakMap<PhraseStep, Map<string, readonly string[]>>();

function wordsStartingWith(step: PhraseStep, char: string): readonly string[] | undefined {
  let index = wordsByFirst.get(step);
  if (!index) {
    index = new Map<string, string[]>();
    for (const word of step.words) index.set(word[0]!, [...(index.get(word[0]!) ?? []), word]);
    wordsByFirst.set(step, index);
  }
  return index.get(char);
}

/** Whether a word of the step found at `at` leads to a marked position of `follow`. */
function stepReaches(step: PhraseStep, text: string, at: number, follow: Uint8Array): boolean {
  const char = text[at]!;
  if (step.notAfter !== undefined && at > 0 && text[at - 1] === step.notAfter) return false;
  if (step.space && follow[at + 1] === 1 && isSpace(char)) return true;
  for (const word of wordsStartingWith(step, char) ?? []) {
    if (follow[at + word.length] === 1 && text.startsWith(word, at)) return true;
  }
  return false;
}

/**
 * Where the phrase starts in `text` when it runs to the end of `text` (the leftmost such start), or -1.
 * reach[s][i]: steps s… match text[i…] exactly; filled from the last step and the end of the text backwards.
 */
export function phraseStart(phrase: Phrase, text: string): number {
  const n = text.length;
  let next = new Uint8Array(n + 1);
  next[n] = 1;
  for (let s = phrase.steps.length - 1; s >= 0; s--) {
    const step = phrase.steps[s]!;
    const reach = new Uint8Array(n + 1);
    const skippable = step.optional === true || step.repeated === true;
    // A repeated step may repeat again after its word, so it continues into its own marks.
    const follow = step.repeated ? reach : next;
    for (let i = n; i >= 0; i--) {
      if ((skippable && next[i] === 1) || (i < n && stepReaches(step, text, i, follow))) reach[i] = 1;
    }
    next = reach;
  }
  if (phrase.anchored) return next[0] === 1 ? 0 : -1;
  return next.indexOf(1);
}
