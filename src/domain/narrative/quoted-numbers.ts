import { CHINESE_NUMERALS } from "./chinese-numbers";
import { COUNTERS, FIGURE_UNIT } from "./cues.zh-CN";

// Finding numbers in prose by scanning it once. Regular expressions for these (a run of digits then 件, anywhere)
// restart at every digit of a long run and take time quadratic in its length.

/** A number written with 件: where it starts, where 件 ends, and its digits or numerals as written. */
export type QuotedNumber = { index: number; end: number; digits: string };

const isDigit = (char: string | undefined): boolean => char !== undefined && char >= "0" && char <= "9";
const NUMERAL_CODES = new Set(Array.from(CHINESE_NUMERALS, (char) => char.charCodeAt(0)));
const isNumeral = (char: string | undefined): boolean => char !== undefined && NUMERAL_CODES.has(char.charCodeAt(0));
/** Whether a character may start a number: a fast test on its code, most prose characters being neither. */
const mayStartNumber = (code: number): boolean => (code >= 48 && code <= 57) || NUMERAL_CODES.has(code);

const isSpace = (char: string | undefined): boolean => char !== undefined && char.trim() === "";

/** The end of the run of digits at `at`, thousands separators included (1,234). */
function digitRunEnd(text: string, at: number): number {
  let end = at;
  while (isDigit(text[end]) || (text[end] === "," && isDigit(text[end + 1]))) end++;
  return end;
}

function numeralRunEnd(text: string, at: number): number {
  let end = at;
  while (isNumeral(text[end])) end++;
  return end;
}

/** Past the spaces at `at`. */
function skipSpaces(text: string, at: number): number {
  let end = at;
  while (isSpace(text[end])) end++;
  return end;
}

/** Where a run's number starts: the whole run (“1,234”), or in a malformed one (“1,2345”) after its last comma. */
const numberOffset = (run: string): number => (/^\d+(?:,\d{3})*$/.test(run) ? 0 : run.lastIndexOf(",") + 1);

/** Every number with 件 in a text (digits with thousands separators, or Chinese numerals), in order. */
export function quotedNumbers(text: string): QuotedNumber[] {
  const found: QuotedNumber[] = [];
  let at = 0;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (!mayStartNumber(code)) {
      at++;
      continue;
    }
    const char = text[at];
    const runEnd = isDigit(char) ? digitRunEnd(text, at) : numeralRunEnd(text, at);
    const unit = skipSpaces(text, runEnd);
    if (text[unit] === FIGURE_UNIT) {
      const start = isDigit(char) ? at + numberOffset(text.slice(at, runEnd)) : at;
      found.push({ index: start, end: unit + 1, digits: text.slice(start, runEnd) });
    }
    at = runEnd;
  }
  return found;
}

/**
 * The lead after its last number, so that in “复议2起涉及申请5件” the 5 never reaches back past 2: after the last
 * digit (and its 件), or after Chinese numerals that count something (两起). Scans back from the end only as far as
 * that number.
 */
export function afterLastNumber(lead: string): string {
  for (let at = lead.length - 1; at >= 0; at--) {
    const char = lead[at];
    if (isDigit(char)) {
      const unit = skipSpaces(lead, at + 1);
      return lead.slice(lead[unit] === FIGURE_UNIT ? unit + 1 : at + 1);
    }
    if (isNumeral(char)) {
      const counter = skipSpaces(lead, at + 1);
      const next = lead[counter];
      if (next !== undefined && COUNTERS.includes(next)) return lead.slice(counter + 1);
      // No counter after this run: no numeral of the run ends a number either.
      while (at > 0 && isNumeral(lead[at - 1])) at--;
    }
  }
  return lead;
}
