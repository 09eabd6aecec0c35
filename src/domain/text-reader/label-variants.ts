import type { Item, LabelSet } from "./label-match";
import { labelKey } from "./tokens";

// Labels not written verbatim (“现行有效件”, “行政事业型收费”, “本年增/”): read as the one official label they are
// closest to, never guessed between two.

/** Joining tokens into one label stops at this many: a label broken more often is not read as one. */
const MAX_PARTS = 4;
/** Approximate comparisons per reading; beyond this a hostile text is read with verbatim labels only. */
const MAX_APPROXIMATE = 2_000;

/** How far a written label may be from an official one of this length: short labels must be verbatim. */
export function tolerance(length: number): number {
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  return length <= 11 ? 2 : 3;
}

/** Edit distance of two short keys, or `limit + 1` as soon as it is certainly more than `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** The official label closest to a written key: one label, a tie (never guessed), or none near enough. */
export function closestLabel(set: LabelSet, key: string): { label: string } | { candidates: string[] } | undefined {
  let best = Number.POSITIVE_INFINITY;
  let found: string[] = [];
  for (let length = key.length - 3; length <= key.length + 3; length++) {
    for (const candidate of set.byLength.get(length) ?? []) {
      const limit = tolerance(candidate.key.length);
      const distance = editDistance(key, candidate.key, limit);
      if (distance > limit || distance > best) continue;
      if (distance < best) found = [];
      best = distance;
      if (!found.includes(candidate.label)) found.push(candidate.label);
    }
  }
  const [only, second] = found;
  if (only === undefined) return undefined;
  return second === undefined ? { label: only } : { candidates: found };
}

/** No figure is longer than this (“1,234,567.1234万元”). */
const MAX_FIGURE = 40;

/** Longer than any label: such a piece is never normalized to be compared. */
export const MAX_LABEL = 100;

/** Written for “not applicable”: a figure's place, not words. */
const PLACEHOLDER_WORDS = new Set(["不适用", "无"]);

/**
 * Words rather than a figure: Chinese characters besides units (“其他主动公开文件”, a header cut into pieces such as
 * “总” “计”), but a figure with one character beside it (“约10件”) is a figure to refuse, not words.
 */
export function isWords(text: string): boolean {
  // A piece longer than any label or figure is text, whatever it holds.
  if (text.length > MAX_FIGURE) return true;
  const key = labelKey(text);
  if (PLACEHOLDER_WORDS.has(key)) return false;
  let han = 0;
  let digits = false;
  for (const char of key.replace(/[件项个元万]/gu, "")) {
    if (char >= "0" && char <= "9") digits = true;
    else if (/\p{Script=Han}/u.test(char)) han += 1;
  }
  return digits ? han >= 2 : han >= 1;
}

/** Words no label spells verbatim, read as the one official label they are closest to (or said to be unclear). */
export function markVariants(items: readonly Item[], labels: LabelSet): Item[] {
  const out: Item[] = [];
  let budget = MAX_APPROXIMATE;
  let i = 0;
  while (i < items.length) {
    const item = items[i];
    if (!item) break;
    if (item.kind !== "raw" || item.text.length > MAX_LABEL || !isWords(item.text) || budget <= 0) {
      out.push(item);
      i += 1;
      continue;
    }
    // The words from here (gaps between them allowed), up to MAX_PARTS of them.
    const parts: number[] = [];
    for (let j = i; j < items.length && parts.length < MAX_PARTS; j++) {
      const next = items[j];
      if (next?.kind === "gap") continue;
      if (next?.kind !== "raw" || next.text.length > MAX_LABEL || !isWords(next.text)) break;
      parts.push(j);
    }
    let taken = false;
    for (let count = parts.length; count >= 1 && !taken; count--) {
      const words = parts.slice(0, count).flatMap((index) => {
        const part = items[index];
        return part?.kind === "raw" ? [part] : [];
      });
      const written = words.map((word) => word.text).join("");
      const line = words.at(-1)?.line ?? item.line;
      budget -= 1;
      const closest = closestLabel(labels, labelKey(written));
      if (closest && "label" in closest) {
        const key = labelKey(closest.label);
        out.push({ kind: "label", key, label: closest.label, written, variant: true, line });
        i = (parts[count - 1] ?? i) + 1;
        taken = true;
      } else if (closest && count === 1) {
        out.push({ kind: "unclear", written, candidates: closest.candidates, line });
        i += 1;
        taken = true;
      }
    }
    if (!taken) {
      out.push(item);
      i += 1;
    }
  }
  return out;
}
