import { MAX_LABEL, markVariants, tolerance } from "./label-variants";
import { labelKey, type Token } from "./tokens";

// Labels as people write them: verbatim, with a long explanation in brackets added or left out, or not quite
// verbatim (a character missing, extra or mistyped: “现行有效件”, “行政事业型收费”, “本年增/”). A label that is closest
// to exactly one official label is read as that one; a tie is never guessed.

/** The labels one reading looks for, prepared once (per table of a format) and reused by every read. */
export type LabelSet = {
  exact: ReadonlyMap<string, string>;
  prefixes: ReadonlySet<string>;
  /** Keys without long bracketed explanations, to the official labels that have them. */
  free: ReadonlyMap<string, readonly string[]>;
  freePrefixes: ReadonlySet<string>;
  /** The first character (code) of every key and free key: a piece starting otherwise begins no label. */
  starts: ReadonlySet<number>;
  /** Labels read even when not verbatim, by the length of their key. */
  byLength: ReadonlyMap<number, readonly { key: string; label: string }[]>;
};

/** A run of tokens that spells a label (maybe a variant of it), or one token that does not. */
export type Item =
  | { kind: "label"; key: string; label: string; written: string; variant: boolean; line: number }
  | { kind: "raw"; text: string; line: number; attached?: true }
  | { kind: "blank"; line: number }
  | { kind: "gap"; lines: number }
  | { kind: "unclear"; written: string; candidates: string[]; line: number };

/** Brackets holding more than this many characters are explanations (not “（一）”), left out when comparing. */
const SHORT_BRACKET = 2;

/** A label key without its long bracketed explanations: “（二）部分公开（区分处理的，…）” → “(二)部分公开”. */
export function bracketFree(key: string): string {
  let out = "";
  let i = 0;
  while (i < key.length) {
    const close = key[i] === "(" ? key.indexOf(")", i) : -1;
    if (close > i + SHORT_BRACKET + 1) {
      i = close + 1;
      continue;
    }
    out += key[i] ?? "";
    i += 1;
  }
  return out;
}

const prefixesOf = (keys: Iterable<string>): Set<string> =>
  new Set([...keys].flatMap((key) => Array.from({ length: key.length }, (_, n) => key.slice(0, n + 1))));

/** Labels to look for; `approximate` are also read when written a little differently (a table's own labels). */
export function labelSet(labels: readonly string[], approximate: readonly string[] = []): LabelSet {
  const exact = new Map(labels.map((label) => [labelKey(label), label]));
  const free = new Map<string, string[]>();
  for (const [key, label] of exact) {
    const stripped = bracketFree(key);
    if (stripped === key) continue;
    free.set(stripped, [...(free.get(stripped) ?? []), label]);
  }
  const byLength = new Map<number, { key: string; label: string }[]>();
  for (const label of new Set(approximate)) {
    const key = labelKey(label);
    if (tolerance(key.length) === 0) continue;
    byLength.set(key.length, [...(byLength.get(key.length) ?? []), { key, label }]);
  }
  const starts = new Set([...exact.keys(), ...free.keys()].map((key) => key.charCodeAt(0)));
  const [prefixes, freePrefixes] = [prefixesOf(exact.keys()), prefixesOf(free.keys())];
  return { exact, prefixes, free, freePrefixes, starts, byLength };
}

/** A key ending in figures after words (“规章000”, “行政事业性收费18.5”): the words and the figures. */
function figuresAtEnd(key: string): { label: string; figures: string } | undefined {
  const isFigureChar = (code: number): boolean => (code >= 48 && code <= 57) || code === 46;
  let at = key.length;
  while (at > 0 && isFigureChar(key.charCodeAt(at - 1))) at -= 1;
  if (at === key.length || at === 0 || !/[\p{Script=Han})]/u.test(key[at - 1] ?? "")) return undefined;
  return { label: key.slice(0, at), figures: key.slice(at) };
}

/** Each token's key, bracket-free key and figures run together at its end, as markLabels compares them. */
type TokenKeys = {
  keys: readonly string[];
  frees: readonly string[];
  runs: readonly ({ label: string; figures: string } | undefined)[];
};

/** The keys of a table's tokens, computed once: the format is found and then the table read from the same tokens. */
const keysByTokens = new WeakMap<readonly Token[], TokenKeys>();

function tokenKeys(tokens: readonly Token[]): TokenKeys {
  let found = keysByTokens.get(tokens);
  if (found) return found;
  const keys = tokens.map((token) =>
    token.kind !== "text" ? "" : token.text.length > MAX_LABEL ? "\u0000" : labelKey(token.text),
  );
  const frees = keys.map((key) => (key.includes("(") ? bracketFree(key) : key));
  // A label with its figures run together (“规章000”): the key without the figures, and the figures.
  const runs = keys.map(figuresAtEnd);
  found = { keys, frees, runs };
  keysByTokens.set(tokens, found);
  return found;
}

/** Tokens with every known label found: at each place the longest run of whole tokens that spells a label wins. */
export function markLabels(tokens: readonly Token[], labels: LabelSet): Item[] {
  const { keys, frees, runs } = tokenKeys(tokens);
  const items: Item[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (!token) break;
    if (token.kind !== "text") {
      items.push(token);
      i += 1;
      continue;
    }
    // Most pieces (figures, words of prose) begin no label: told by their first character, with no string hashed.
    if (!labels.starts.has(keys[i]!.charCodeAt(0)) && !labels.starts.has(frees[i]!.charCodeAt(0))) {
      items.push({ kind: "raw", text: token.text, line: token.line });
      i += 1;
      continue;
    }
    let joined = "";
    let free = "";
    let written = "";
    let match:
      | { key: string; label: string; variant: boolean; written: string; end: number; line: number; figures?: string }
      | undefined;
    for (let j = i; j < tokens.length; j++) {
      const next = tokens[j];
      if (next?.kind === "gap") continue;
      if (next?.kind !== "text") break;
      const run = runs[j];
      const attached = run && labels.exact.get(joined + run.label);
      if (run && attached !== undefined) {
        match = {
          key: joined + run.label,
          label: attached,
          variant: false,
          written: written + run.label,
          end: j + 1,
          line: next.line,
          figures: run.figures,
        };
        break;
      }
      joined += keys[j] ?? "";
      free += frees[j] ?? "";
      written += next.text;
      // Verbatim, or verbatim once long bracketed explanations are left out on either side. (Most pieces have no
      // brackets: their free key is the key itself, looked up once.)
      const isPrefix =
        labels.prefixes.has(joined) || (free !== joined && labels.prefixes.has(free)) || labels.freePrefixes.has(free);
      if (!isPrefix) break;
      const label = labels.exact.get(joined);
      const freeLabels = labels.free.get(free);
      const freeLabel = labels.exact.get(free) ?? (freeLabels?.length === 1 ? freeLabels[0] : undefined);
      if (label !== undefined) match = { key: joined, label, variant: false, written, end: j + 1, line: next.line };
      // A verbatim label is never stretched into a variant (the caption, then 申请人情况).
      else if (freeLabel !== undefined && match?.variant !== false)
        match = { key: labelKey(freeLabel), label: freeLabel, variant: true, written, end: j + 1, line: next.line };
    }
    if (match) {
      const { key, label, variant, line, figures } = match;
      items.push({ kind: "label", key, label, variant, written: match.written, line });
      if (figures !== undefined) items.push({ kind: "raw", text: figures, line, attached: true });
      i = match.end;
    } else {
      items.push({ kind: "raw", text: token.text, line: token.line });
      i += 1;
    }
  }
  return labels.byLength.size === 0 ? items : markVariants(items, labels);
}
