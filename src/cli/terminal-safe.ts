import { showInvisible } from "../domain/visible-text";

// Text from files (names, prose quotes, sheet names) reaches the terminal: an escape sequence could move the cursor,
// recolour or retitle it, a carriage return could overwrite a line, a bidi override could make a line read other than
// it is, and a zero-width space could make “40” look like a number it is not. Such characters are shown as \uXXXX
// instead (showInvisible), a form that is also a valid escape inside JSON strings.

const escape = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** The text with every character that could change how a terminal shows it, or that cannot be seen, as \uXXXX. */
export function terminalSafe(text: string): string {
  return showInvisible(text);
}

/** A file's name or other one-line text: a newline or tab in it is written out too, so it cannot fake a line. */
export function oneLine(text: string): string {
  return terminalSafe(text).replace(/[\n\t]/g, escape);
}
