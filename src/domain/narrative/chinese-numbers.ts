// Figures written in Chinese numerals (三件, 十二件, 一百零五件), as small bodies often write them in prose.

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The characters a Chinese-numeral figure is written with, for building patterns. */
export const CHINESE_NUMERALS = "零〇一二两三四五六七八九十百千万";

/**
 * The value of a whole number in Chinese numerals below 一亿; undefined for anything that is not one (“一二” is a
 * list of digits, not a number).
 */
export function parseChineseNumber(text: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let afterDigit = false;
  for (const char of text) {
    const value = DIGITS[char];
    const unit = UNITS[char];
    if (value !== undefined) {
      if (afterDigit && digit !== 0) return undefined;
      digit = value;
      afterDigit = true;
    } else if (unit !== undefined) {
      // 十二 is 12: a 十 with no digit before it counts one ten.
      section += (digit ?? (section === 0 && total === 0 ? 1 : NaN)) * unit;
      digit = undefined;
      afterDigit = false;
    } else if (char === "万") {
      if (total !== 0) return undefined;
      total = (section + (digit ?? 0)) * 10_000;
      if (total === 0) return undefined;
      section = 0;
      digit = undefined;
      afterDigit = false;
    } else {
      return undefined;
    }
  }
  const result = total + section + (digit ?? 0);
  return Number.isFinite(result) && text !== "" ? result : undefined;
}

/**
 * A quoted figure's value, in Arabic digits (1,234) or Chinese numerals (一千二百三十四); undefined beyond the whole
 * numbers a computer counts exactly (2^53), which no table holds.
 */
export function parseQuotedNumber(text: string): number | undefined {
  const value = /^\d+(?:,\d{3})*$/.test(text) ? Number(text.replace(/,/g, "")) : parseChineseNumber(text);
  return value !== undefined && Number.isSafeInteger(value) ? value : undefined;
}
