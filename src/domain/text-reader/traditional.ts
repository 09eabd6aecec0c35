import { ConverterFactory, type ConverterFunction } from "opencc-js/core";
import fromHk from "opencc-js/from/hk";
import fromTwp from "opencc-js/from/twp";
import toCn from "opencc-js/to/cn";

// Reports read from traditional-character mirror sites (政府資訊公開…) name no heading or label the formats print.
// They are folded to simplified characters before anything is matched, with OpenCC's dictionaries (opencc-js, MIT;
// its dictionary data Apache-2.0): Taiwan phrases and variants (資訊 → 信息) and Hong Kong variants to standard
// traditional, then to simplified. Only those dictionaries are loaded, not the simplified-to-traditional ones (a
// megabyte of phrases).

/**
 * Characters only traditional writing uses, each frequent in any report (資訊, 公開, 申請, 數量, 處理, 條例, 總計,
 * 機關, 情況, 報告, 項, 規章, 復議, 訴訟, 結轉, 類): a text with a few of them is read as traditional.
 */
const TRADITIONAL = /[資訊開請數處條總計機關況報項規務復議訴審結轉續類]/gu;
/** So many traditional characters make a text traditional (a simplified text may quote a name or two). */
const MIN_TRADITIONAL = 8;

let converter: ConverterFunction | undefined;

/** Whether a text is written in traditional characters. */
export function isTraditional(text: string): boolean {
  TRADITIONAL.lastIndex = 0;
  let count = 0;
  while (count < MIN_TRADITIONAL && TRADITIONAL.exec(text) !== null) count += 1;
  return count >= MIN_TRADITIONAL;
}

/** The text in simplified characters; the dictionaries are prepared on the first traditional text. */
export function toSimplified(text: string): string {
  converter ??= ConverterFactory(fromTwp, fromHk, toCn);
  return converter(text);
}
