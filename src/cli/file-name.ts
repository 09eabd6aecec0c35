// A body's name comes from the person (or from a report file) and becomes part of a file name: it must never carry
// a path (“../../x”, “/etc/x”), a control character, a newline or a bidi override into the file system, nor make a
// hidden file.

/**
 * Path separators, the characters Windows forbids in names, controls (C0, DEL, C1) and the format characters that
 * include bidi overrides and zero-width marks.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[/\\:*?"<>|\u0000-\u001f\u007f-\u009f\p{Cf}\u2028\u2029]/gu;

/** Longest name kept from the body, in characters (file names are limited to 255 bytes; a Chinese one takes 3). */
const MAX_CHARS = 60;

/** Characters that may not start (a hidden file) or end (Windows drops them) the name. */
const isLoose = (char: string | undefined): boolean => char === "." || char === "_" || /\s/.test(char ?? "x");

/**
 * The body made safe as part of a file name: unsafe characters become “_”, with none of them, nor dots or spaces, at
 * either end, and a bounded length.
 */
export function safeFileNamePart(body: string): string {
  const chars = [...body.replace(UNSAFE, "_")];
  let start = 0;
  while (start < chars.length && isLoose(chars[start])) start++;
  const kept = chars.slice(start, start + MAX_CHARS);
  while (kept.length > 0 && isLoose(kept.at(-1))) kept.pop();
  return kept.join("");
}
