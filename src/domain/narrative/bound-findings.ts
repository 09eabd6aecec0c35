import type { Finding } from "../model";

// Hostile or pasted prose can repeat one phrase thousands of times: the findings say it once per distinct phrase,
// with how often it recurs, and list only so many phrases, so a report never turns into megabytes of warnings.

/** The longest quote a prose finding carries; longer ones are cut with “…”. */
export const MAX_QUOTE = 60;

/** How many distinct phrases one prose rule lists; the last one listed counts the rest. */
export const MAX_PHRASES = 20;

/** A quoted phrase cut to MAX_QUOTE characters. */
export function clipQuote(quote: string): string {
  const chars = Array.from(quote.slice(0, MAX_QUOTE * 2));
  return chars.length > MAX_QUOTE ? `${chars.slice(0, MAX_QUOTE).join("")}…` : quote;
}

/**
 * One finding per rule, code, section and quote, with `repeats` saying how many more times it occurs; at most
 * MAX_PHRASES per rule, the last one also counting the findings left out.
 */
export function boundRepeats(findings: readonly Finding[]): Finding[] {
  const byPhrase = new Map<string, Finding>();
  const perRule = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = JSON.stringify([finding.ruleId, finding.code, finding.section, finding.quote, finding.expected]);
    const seen = byPhrase.get(key);
    if (seen) {
      seen.repeats = (seen.repeats ?? 0) + 1;
      continue;
    }
    const listed = perRule.get(finding.ruleId) ?? [];
    const last = listed.at(-1);
    if (listed.length >= MAX_PHRASES && last) {
      last.repeats = (last.repeats ?? 0) + 1;
      byPhrase.set(key, last);
      continue;
    }
    const copy = { ...finding };
    byPhrase.set(key, copy);
    listed.push(copy);
    perRule.set(finding.ruleId, listed);
  }
  return [...perRule.values()].flat();
}
