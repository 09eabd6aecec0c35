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

/** The body made safe as part of a file name: unsafe characters become “_”, no leading dots or spaces, length kept. */
export function safeFileNamePart(body: string): string {
  const cleaned = body
    .replace(UNSAFE, "_")
    .replace(/^[.\s_]+/u, "")
    .trim();
  return [...cleaned].slice(0, MAX_CHARS).join("").trim();
}
