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

/** The lengths of the words of a step found at `at` (one for a whitespace character). */
function wordLengthsAt(step: PhraseStep, text: string, at: number): number[] {
  if (step.notAfter !== undefined && at > 0 && text[at - 1] === step.notAfter) return [];
  const lengths = step.words.filter((word) => text.startsWith(word, at)).map((word) => word.length);
  return step.space && isSpace(text[at]) ? [...lengths, 1] : lengths;
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
    for (let i = n; i >= 0; i--) {
      let ok = (step.optional || step.repeated) && next[i] === 1;
      if (!ok && i < n) {
        // A repeated step may repeat again after its word, so it continues into its own marks.
        const follow = step.repeated ? reach : next;
        ok = wordLengthsAt(step, text, i).some((length) => follow[i + length] === 1);
      }
      reach[i] = ok ? 1 : 0;
    }
    next = reach;
  }
  if (phrase.anchored) return next[0] === 1 ? 0 : -1;
  return next.indexOf(1);
}
