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

/** A step with its words by their first character's code, so a position is tried only against words that fit. */
type IndexedStep = PhraseStep & { byFirst: Map<number, readonly string[]> };

const indexed = new WeakMap<Phrase, readonly IndexedStep[]>();

function indexSteps(phrase: Phrase): readonly IndexedStep[] {
  let steps = indexed.get(phrase);
  if (!steps) {
    steps = phrase.steps.map((step) => {
      const byFirst = new Map<number, string[]>();
      for (const word of step.words)
        byFirst.set(word.charCodeAt(0), [...(byFirst.get(word.charCodeAt(0)) ?? []), word]);
      return { ...step, byFirst };
    });
    indexed.set(phrase, steps);
  }
  return steps;
}

/** Whether a word of the step found at `at` leads to a marked position of `follow`. */
function stepReaches(step: IndexedStep, text: string, at: number, follow: Uint8Array): boolean {
  if (step.notAfter !== undefined && at > 0 && text[at - 1] === step.notAfter) return false;
  if (step.space && follow[at + 1] === 1 && isSpace(text[at])) return true;
  const words = step.byFirst.get(text.charCodeAt(at));
  if (words === undefined) return false;
  for (const word of words) {
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
  const steps = indexSteps(phrase);
  for (let s = steps.length - 1; s >= 0; s--) {
    const step = steps[s]!;
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
