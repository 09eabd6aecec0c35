// Characters nobody can see on screen (zero-width spaces and joiners, a byte order mark, soft hyphens, direction
// marks, controls, the Hangul fillers that render as blanks) are written out as \uXXXX wherever text someone wrote is
// quoted back: “40\u200b”不是数字 says why a cell showing 40 was refused, where “40”不是数字 would not. The \uXXXX form
// is also a valid escape inside a JSON string, so quoting it there keeps the JSON's values.

/** Controls (but tab and line feed), format characters, line and paragraph separators, and blank-looking fillers. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115f\u1160\u3164\uffa0]/gu;

/** One character as \uXXXX, each UTF-16 unit of it (so a character beyond U+FFFF stays a valid JSON escape). */
const escape = (char: string): string =>
  Array.from({ length: char.length }, (_, i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, "0")}`).join("");

/** The text with every character one cannot see written out as \uXXXX; tabs and line breaks are kept. */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (char) => (char === "\n" || char === "\t" ? char : escape(char)));
}
