import { fileMessages } from "../messages.zh-CN";

// Node 20's JSON.parse names the place of a syntax error only sometimes (“at position 5”), and never as a line and
// column, which is what a person looks for in an editor. This scanner finds the first offending character itself:
// a state machine over the text with an explicit stack (no recursion, so any depth), linear in the text's length.

const WHITE_SPACE = new Set([" ", "\t", "\n", "\r"]);
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/** The offset of the first character that makes `text` invalid JSON, or undefined when it is valid. */
export function jsonErrorOffset(text: string): number | undefined {
  const stack: ("{" | "[")[] = [];
  let at = 0;
  let state: "value" | "key" | "after" = "value";
  const skipSpaces = () => {
    while (at < text.length && WHITE_SPACE.has(text.charAt(at))) at++;
  };
  for (;;) {
    skipSpaces();
    const char = text.charAt(at);
    if (state === "key") {
      if (char !== '"') return at;
      const end = stringEnd(text, at);
      if (end < 0) return ~end;
      at = end;
      skipSpaces();
      if (text.charAt(at) !== ":") return at;
      at++;
      state = "value";
    } else if (state === "value") {
      if (char === "{" || char === "[") {
        at++;
        skipSpaces();
        if (text.charAt(at) === (char === "{" ? "}" : "]")) {
          at++;
          state = "after";
        } else {
          stack.push(char);
          state = char === "{" ? "key" : "value";
        }
        continue;
      }
      const end = scalarEnd(text, at);
      if (end < 0) return ~end;
      at = end;
      state = "after";
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) return at < text.length ? at : undefined;
      if (char === ",") state = top === "{" ? "key" : "value";
      else if (char === (top === "{" ? "}" : "]")) stack.pop();
      else return at;
      at++;
    }
  }
}

// The scanners below return where a token ends, or the bitwise complement (~) of the offset of its error: always
// negative, offset 0 included.

/** Where a scalar value starting at `at` ends. */
function scalarEnd(text: string, at: number): number {
  const char = text.charAt(at);
  if (char === '"') return stringEnd(text, at);
  for (const literal of ["true", "false", "null"]) if (text.startsWith(literal, at)) return at + literal.length;
  NUMBER.lastIndex = at;
  return NUMBER.test(text) ? NUMBER.lastIndex : ~at;
}

/** Where the string starting at `at` (its opening quote) ends, past the closing quote. */
function stringEnd(text: string, at: number): number {
  for (let n = at + 1; n < text.length; n++) {
    const char = text.charAt(n);
    if (char === '"') return n + 1;
    if (char < " ") return ~n;
    if (char === "\\") {
      const next = text.charAt(n + 1);
      if (next === "u") {
        HEX4.lastIndex = n + 2;
        if (!HEX4.test(text)) return ~(n + 1);
        n += 5;
      } else if (ESCAPES.has(next)) n++;
      else return ~(n + 1);
    }
  }
  return ~text.length;
}

/** Line and column (both from 1) of an offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let n = text.indexOf("\n"); n >= 0 && n < offset; n = text.indexOf("\n", n + 1)) {
    line++;
    lineStart = n + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Why `text` is not JSON, in Chinese, with the line and column of the first error. */
export function describeJsonSyntaxError(text: string): string {
  const offset = jsonErrorOffset(text);
  if (offset === undefined) return fileMessages.badJsonNoPlace;
  const { line, column } = lineAndColumn(text, offset);
  return fileMessages.badJson(line, column);
}
