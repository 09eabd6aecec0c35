// Text from files (names, prose quotes, sheet names) reaches the terminal: an escape sequence could move the cursor,
// recolour or retitle it, a carriage return could overwrite a line, and a bidi override could make a line read other
// than it is. Such characters are shown as \uXXXX instead, a form that is also a valid escape inside JSON strings.

/**
 * C0 controls but tab and newline, DEL and C1 controls, the bidi marks, embeddings, overrides and isolates, and the
 * line and paragraph separators.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escape = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** The text with every character that could change how a terminal shows it written out as \uXXXX. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, escape);
}

/** A file's name or other one-line text: a newline or tab in it is written out too, so it cannot fake a line. */
export function oneLine(text: string): string {
  return terminalSafe(text).replace(/[\n\t]/g, escape);
}
