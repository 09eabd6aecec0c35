// PDF's object syntax (ISO 32000-1 §7.2–7.3): the tokens and objects of a file's body, of its object streams and of
// its page content. Strings are kept as their bytes (one char per byte, 0–255). Anything this reader does not take
// for certain is a NotDirect: the PDF is then read by pdfjs, which knows every repair.

/** The PDF is one this reader leaves to pdfjs (damaged, encrypted, a font it cannot map, …). */
export class NotDirect extends Error {
  override readonly name = "NotDirect";
}

export class PdfName {
  private static readonly interned = new Map<string, PdfName>();
  private constructor(readonly name: string) {}
  static of(name: string): PdfName {
    let found = PdfName.interned.get(name);
    if (!found) PdfName.interned.set(name, (found = new PdfName(name)));
    return found;
  }
}

/** A bare word: an operator in page content, or `obj`, `R`, `stream`… in the file's body; also `[ ] << >>`. */
export class PdfWord {
  private static readonly interned = new Map<string, PdfWord>();
  private constructor(readonly word: string) {}
  static of(word: string): PdfWord {
    let found = PdfWord.interned.get(word);
    if (!found) PdfWord.interned.set(word, (found = new PdfWord(word)));
    return found;
  }
}

export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

export type PdfDict = Map<string, PdfValue>;

export class PdfStream {
  constructor(
    readonly dict: PdfDict,
    readonly raw: Uint8Array,
  ) {}
}

export type PdfValue = number | boolean | null | string | PdfName | PdfRef | PdfDict | PdfStream | PdfValue[];

/** The end of the bytes. */
export const EOF = PdfWord.of("");

const WHITE = new Uint8Array(256);
for (const byte of [0, 9, 10, 12, 13, 32]) WHITE[byte] = 1;
const DELIMITER = new Uint8Array(256);
for (const char of "()<>[]{}/%") DELIMITER[char.charCodeAt(0)] = 1;

/** Words of up to three bytes by their bytes (and length), as the lexer met them. */
const SHORT_WORDS = new Map<number, PdfWord>();
const HEX_DIGITS = /^[0-9A-Fa-f]*$/;
/** Hex strings longer than this (in digits) are decoded by Buffer (see hexString). */
const NATIVE_HEX = 256;

const isRegular = (byte: number): boolean => WHITE[byte] === 0 && DELIMITER[byte] === 0;
const hexValue = (byte: number): number =>
  byte >= 48 && byte <= 57
    ? byte - 48
    : byte >= 65 && byte <= 70
      ? byte - 55
      : byte >= 97 && byte <= 102
        ? byte - 87
        : -1;

const ESCAPES: Record<number, string> = {
  110: "\n",
  114: "\r",
  116: "\t",
  98: "\b",
  102: "\f",
  40: "(",
  41: ")",
  92: "\\",
};

/** Tokens one after another: numbers, strings, names, booleans, null, and words (operators, delimiters). */
export class Lexer {
  constructor(
    readonly bytes: Uint8Array,
    public at = 0,
  ) {}

  skipBlank(): void {
    const { bytes } = this;
    while (this.at < bytes.length) {
      const byte = bytes[this.at]!;
      if (WHITE[byte] === 1) this.at++;
      else if (byte === 37) while (this.at < bytes.length && bytes[this.at] !== 10 && bytes[this.at] !== 13) this.at++;
      else return;
    }
  }

  next(): Exclude<PdfValue, PdfRef | PdfDict | PdfStream | PdfValue[]> | PdfWord {
    this.skipBlank();
    const { bytes } = this;
    if (this.at >= bytes.length) return EOF;
    const byte = bytes[this.at]!;
    if (byte === 40) return this.literalString();
    if (byte === 47) return PdfName.of(this.nameText());
    if (byte === 60) {
      if (bytes[this.at + 1] === 60) return ((this.at += 2), PdfWord.of("<<"));
      return this.hexString();
    }
    if (byte === 62) {
      if (bytes[this.at + 1] !== 62) throw new NotDirect("a stray >");
      return ((this.at += 2), PdfWord.of(">>"));
    }
    if (byte === 91 || byte === 93 || byte === 123 || byte === 125) {
      this.at++;
      return PdfWord.of(String.fromCharCode(byte));
    }
    if (byte === 41) throw new NotDirect("a stray )");
    if ((byte >= 48 && byte <= 57) || byte === 43 || byte === 45 || byte === 46) return this.number();
    // Operators are a few letters: known ones come from their bytes, without making a string first.
    const start = this.at;
    let packed = 0;
    while (this.at < bytes.length && isRegular(bytes[this.at]!)) packed = packed * 256 + bytes[this.at++]!;
    const short = this.at - start <= 3 ? SHORT_WORDS.get(packed + (this.at - start) * 0x1000000) : undefined;
    if (short) return short;
    const word = latin1(bytes, start, this.at);
    if (this.at - start <= 3) SHORT_WORDS.set(packed + (this.at - start) * 0x1000000, PdfWord.of(word));
    if (word === "true") return true;
    if (word === "false") return false;
    if (word === "null") return null;
    return PdfWord.of(word);
  }

  /** A number as pdfjs reads one (its digits as an integer, divided by a power of ten), so that both agree. */
  private number(): number {
    const { bytes } = this;
    let sign = 1;
    if (bytes[this.at] === 45 || bytes[this.at] === 43) sign = bytes[this.at++] === 45 ? -1 : 1;
    let value = 0;
    let divideBy = 0;
    let digits = 0;
    for (; this.at < bytes.length; this.at++) {
      const byte = bytes[this.at]!;
      if (byte >= 48 && byte <= 57) {
        value = value * 10 + byte - 48;
        if (divideBy !== 0) divideBy *= 10;
        digits++;
      } else if (byte === 46 && divideBy === 0) divideBy = 1;
      else if (isRegular(byte)) throw new NotDirect("a malformed number");
      else break;
    }
    if (digits === 0) throw new NotDirect("a sign without a number");
    return sign * (divideBy === 0 ? value : value / divideBy);
  }

  private nameText(): string {
    const { bytes } = this;
    let name = "";
    for (this.at++; this.at < bytes.length && isRegular(bytes[this.at]!); this.at++) {
      const byte = bytes[this.at]!;
      const high = byte === 35 ? hexValue(bytes[this.at + 1] ?? 0) : -1;
      const low = high >= 0 ? hexValue(bytes[this.at + 2] ?? 0) : -1;
      if (low >= 0) {
        name += String.fromCharCode(high * 16 + low);
        this.at += 2;
      } else name += String.fromCharCode(byte);
    }
    return name;
  }

  private hexString(): string {
    const { bytes } = this;
    // Text in Word's and WPS's fonts is hex (two-byte codes): a long run of digits only is decoded natively; a short
    // one (a few characters shown at a time, most of them) by the loop below, cheaper than making three Buffers.
    const end = bytes.indexOf(62, this.at);
    if (end - this.at > NATIVE_HEX && (end - this.at) % 2 === 1) {
      const digits = Buffer.from(bytes.buffer, bytes.byteOffset + this.at + 1, end - this.at - 1).toString("latin1");
      if (HEX_DIGITS.test(digits)) {
        this.at = end + 1;
        return Buffer.from(digits, "hex").toString("latin1");
      }
    }
    let text = "";
    let pending = -1;
    for (this.at++; ; this.at++) {
      const byte = bytes[this.at];
      if (byte === undefined) throw new NotDirect("an unterminated hex string");
      if (byte === 62) break;
      if (WHITE[byte] === 1) continue;
      const value = hexValue(byte);
      if (value < 0) throw new NotDirect("a bad hex string");
      if (pending < 0) pending = value;
      else {
        text += String.fromCharCode(pending * 16 + value);
        pending = -1;
      }
    }
    this.at++;
    return pending < 0 ? text : text + String.fromCharCode(pending * 16);
  }

  private literalString(): string {
    const { bytes } = this;
    let text = "";
    let depth = 1;
    for (this.at++; ;) {
      const byte = bytes[this.at++];
      if (byte === undefined) throw new NotDirect("an unterminated string");
      if (byte === 40) depth++;
      else if (byte === 41 && --depth === 0) return text;
      if (byte === 13) {
        // An end of line inside a string is a line feed, whichever it was (§7.3.4.2).
        if (bytes[this.at] === 10) this.at++;
        text += "\n";
      } else if (byte !== 92) text += String.fromCharCode(byte);
      else text += this.escaped();
    }
  }

  private escaped(): string {
    const { bytes } = this;
    const byte = bytes[this.at++];
    if (byte === undefined) throw new NotDirect("an unterminated string");
    const known = ESCAPES[byte];
    if (known !== undefined) return known;
    if (byte === 13) {
      if (bytes[this.at] === 10) this.at++;
      return "";
    }
    if (byte === 10) return "";
    if (byte >= 48 && byte <= 55) {
      let code = byte - 48;
      for (let digits = 1; digits < 3 && bytes[this.at]! >= 48 && bytes[this.at]! <= 55; digits++)
        code = code * 8 + bytes[this.at++]! - 48;
      return String.fromCharCode(code & 0xff);
    }
    return String.fromCharCode(byte);
  }
}

export function latin1(bytes: Uint8Array, from: number, to: number): string {
  let text = "";
  for (let at = from; at < to; at++) text += String.fromCharCode(bytes[at]!);
  return text;
}

/** Deeper nesting than a real PDF's arrays and dictionaries is not read here. */
const MAX_DEPTH = 64;

/**
 * One object from the lexer: arrays and dictionaries whole, `n g R` as a reference when `refs` (never in page
 * content). A word other than a delimiter comes back as it is (an operator, `obj`, `stream`).
 */
export function readObject(lexer: Lexer, refs: boolean, depth = 0): PdfValue | PdfWord {
  const token = lexer.next();
  if (!(token instanceof PdfWord)) {
    if (refs && typeof token === "number" && Number.isInteger(token) && token >= 0) return refOrNumber(lexer, token);
    return token;
  }
  if (token.word !== "[" && token.word !== "<<") return token;
  if (depth > MAX_DEPTH) throw new NotDirect("nesting too deep");
  if (token.word === "[") {
    const array: PdfValue[] = [];
    for (;;) {
      const item = readObject(lexer, refs, depth + 1);
      if (item instanceof PdfWord) {
        if (item.word === "]") return array;
        throw new NotDirect(`${item.word || "the end"} inside an array`);
      }
      array.push(item);
    }
  }
  const dict: PdfDict = new Map();
  for (;;) {
    const key = readObject(lexer, refs, depth + 1);
    if (key instanceof PdfWord && key.word === ">>") return dict;
    if (!(key instanceof PdfName)) throw new NotDirect("a dictionary key that is not a name");
    const value = readObject(lexer, refs, depth + 1);
    if (value instanceof PdfWord) throw new NotDirect(`${value.word || "the end"} as a dictionary value`);
    dict.set(key.name, value);
  }
}

/** `n` followed by `g R` is a reference; otherwise the lexer is put back after `n`. */
function refOrNumber(lexer: Lexer, num: number): number | PdfRef {
  const after = lexer.at;
  const gen = lexer.next();
  if (typeof gen === "number" && Number.isInteger(gen) && gen >= 0) {
    const r = lexer.next();
    if (r instanceof PdfWord && r.word === "R") return new PdfRef(num, gen);
  }
  lexer.at = after;
  return num;
}
