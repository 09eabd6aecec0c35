// Bounds on what one run prints, so a hostile or broken file (hundreds of thousands of findings, a cell holding
// megabytes of text) cannot build an output string of hundreds of megabytes: past a bound, a line says how much was
// left out.

import { cliMessages } from "./messages.zh-CN";

/** Findings of one file listed in the text output; --json lists more. */
export const TEXT_FINDINGS_PER_FILE = 200;
/** Findings of one file kept at all (--json included); the rest are counted. */
export const FINDINGS_PER_FILE = 5_000;
/** Reasons and notes kept per file. */
export const LINES_PER_FILE = 50;
/** Characters of one message, quote or note. */
export const MESSAGE_CHARS = 600;
/** Lines of the whole text output. */
export const TEXT_LINES = 20_000;

/** The text cut to `max` characters, saying how long it was. */
export function cutText(text: string, max = MESSAGE_CHARS): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}${cliMessages.textCut(text.length)}`;
}

/** The first `max` items and how many were left out. */
export function firstOf<T>(items: readonly T[], max: number): { kept: T[]; omitted: number } {
  return { kept: items.slice(0, max), omitted: Math.max(0, items.length - max) };
}

/** Reasons or notes as printed: each cut to a readable length, and past a bound one line saying how many more. */
export function boundedLines(lines: readonly string[]): string[] {
  const { kept, omitted } = firstOf(lines, LINES_PER_FILE);
  const cut = kept.map((line) => cutText(line));
  if (omitted > 0) cut.push(cliMessages.moreNotListed(omitted));
  return cut;
}
