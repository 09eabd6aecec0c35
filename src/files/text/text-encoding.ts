// Report files come in whatever their tool saved: UTF-8 (with or without a byte order mark), UTF-16 or UTF-32 (with or
// without one), and GBK/GB18030, the default of many Windows tools in China; some mix them (a GBK file whose title
// was pasted as UTF-8). The bytes decide: a byte order mark, then the pattern of zero bytes that UTF-16 and UTF-32
// leave, then valid UTF-8. A page's declared charset is believed only where the bytes do not say otherwise (a page
// saved by a tool that kept a wrong <meta>). Anything else is decided line by line, and one bad byte in a UTF-8 line
// costs that character only.

/** Every name of the Chinese national encodings is decoded as GB18030, their superset. */
const GB_NAMES = new Set(["gb2312", "gbk", "gb18030", "x-gbk", "csgb2312", "chinese", "euc-cn", "cp936", "ms936"]);

type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "utf-32le" | "utf-32be" | "gb18030";

/** Byte order marks, longest first where one begins another. */
const BOMS: { bytes: number[]; encoding: Encoding }[] = [
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: "utf-32le" },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: "utf-32be" },
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0x84, 0x31, 0x95, 0x33], encoding: "gb18030" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

/** The encoding a byte order mark at the start names, if there is one. */
export function encodingFromBom(bytes: Uint8Array): Encoding | undefined {
  return BOMS.find((bom) => bom.bytes.every((byte, n) => bytes[n] === byte))?.encoding;
}

/** The encoding a declared charset name stands for, when nianbao knows it (undefined: decide from the bytes). */
function encodingFromName(name: string | undefined): Encoding | undefined {
  const lower = name?.trim().toLowerCase();
  if (!lower) return undefined;
  if (GB_NAMES.has(lower)) return "gb18030";
  if (lower === "utf-8" || lower === "utf8") return "utf-8";
  if (lower === "utf-16le" || lower === "utf-16") return "utf-16le";
  if (lower === "utf-16be") return "utf-16be";
  return undefined;
}

/** How the text was decoded, when a person should know: lines in another encoding, characters that were lost. */
export type Decoding = { text: string; mixedLines: number; lostCharacters: number };

/** The text of a file (see above); the byte order mark is not part of it. */
export function decodeText(bytes: Uint8Array, declaredCharset?: string): string {
  return decodeTextReporting(bytes, declaredCharset).text;
}

/** The text of a file, with how many lines were in a second encoding and how many bad bytes were dropped. */
export function decodeTextReporting(bytes: Uint8Array, declaredCharset?: string): Decoding {
  const whole = (text: string): Decoding => ({ text: stripBom(text), mixedLines: 0, lostCharacters: 0 });
  const encoding = encodingFromBom(bytes) ?? wideEncoding(bytes);
  if (encoding) return whole(decode(encoding, bytes));
  const utf8 = strictUtf8(bytes);
  const declared = encodingFromName(declaredCharset);
  // Valid UTF-8 that reads as Chinese wins over a declared charset; short GBK text can also be valid UTF-8 by chance
  // (“中文” is two Hebrew and Greek letters), and there the declaration decides.
  if (utf8 !== undefined && (!declared || declared === "utf-8" || readsAsChinese(utf8))) return whole(utf8);
  if (declared && declared !== "utf-8") return whole(decode(declared, bytes));
  return stripped(lineByLine(bytes));
}

/** Whether most of a text's non-ASCII characters are Chinese characters or CJK punctuation. */
function readsAsChinese(text: string): boolean {
  let wide = 0;
  let chinese = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x80) continue;
    wide++;
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef))
      chinese++;
  }
  return wide > 0 && chinese * 2 >= wide;
}

const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
const stripped = (decoding: Decoding): Decoding => ({ ...decoding, text: stripBom(decoding.text) });

/**
 * UTF-16 or UTF-32 without a byte order mark, told by where its zero bytes fall: every character of a report
 * (Chinese, digits, line ends) is below U+10000, so UTF-32 has two zero bytes in each four, and the ASCII of UTF-16
 * (digits, spaces, line ends) a zero byte on one side. Text in any other encoding has no zero bytes at all.
 */
function wideEncoding(bytes: Uint8Array): Encoding | undefined {
  const sample = bytes.subarray(0, 64 * 1024);
  const zeros = [0, 0, 0, 0];
  for (let at = 0; at < sample.length; at++) if (sample[at] === 0) zeros[at % 4]! += 1;
  const [z0, z1, z2, z3] = zeros as [number, number, number, number];
  const quarter = sample.length / 4;
  if (quarter < 1 || z0 + z1 + z2 + z3 < sample.length / 20) return undefined;
  if (z2 > quarter * 0.9 && z3 > quarter * 0.9 && sample.length % 4 === 0) return "utf-32le";
  if (z0 > quarter * 0.9 && z1 > quarter * 0.9 && sample.length % 4 === 0) return "utf-32be";
  const even = z0 + z2;
  const odd = z1 + z3;
  if (odd > even * 4) return "utf-16le";
  if (even > odd * 4) return "utf-16be";
  return undefined;
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Each line in the encoding its own bytes show: valid UTF-8 as UTF-8; a UTF-8 line with a stray byte or two (far more
 * good characters than bad) as UTF-8 without them; any other line as GB18030. A line end (0x0A) is never inside a
 * GB18030 or UTF-8 character, so lines are cut on the bytes.
 */
function lineByLine(bytes: Uint8Array): Decoding {
  const lossy = new TextDecoder("utf-8", { ignoreBOM: true });
  const parts: string[] = [];
  let utf8Lines = 0;
  let gbLines = 0;
  let lostCharacters = 0;
  for (let start = 0; start < bytes.length;) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end < 0 ? bytes.length : end + 1;
    const line = bytes.subarray(start, stop);
    start = stop;
    const asUtf8 = lossy.decode(line);
    const bad = count(asUtf8, "\ufffd");
    const wide = [...asUtf8].filter((char) => char.charCodeAt(0) >= 0x80).length - bad;
    if (bad === 0 || wide >= bad * 4) {
      parts.push(bad === 0 ? asUtf8 : asUtf8.replaceAll("\ufffd", ""));
      lostCharacters += bad;
      if (wide > 0) utf8Lines++;
    } else {
      parts.push(decode("gb18030", line));
      gbLines++;
    }
  }
  return {
    text: parts.join(""),
    mixedLines: utf8Lines > 0 && gbLines > 0 ? Math.min(utf8Lines, gbLines) : 0,
    lostCharacters,
  };
}

const count = (text: string, char: string): number => text.split(char).length - 1;

/** Decodes, keeping the byte order mark so that the caller strips it the same way for every encoding. */
function decode(encoding: Encoding, bytes: Uint8Array): string {
  if (encoding === "utf-32le" || encoding === "utf-32be") return decodeUtf32(bytes, encoding === "utf-32le");
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

/** UTF-32, which TextDecoder does not know: a code point in each four bytes, a bad one as U+FFFD. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let at = 0; at + 4 <= bytes.length; at += CHUNK * 4) {
    const points: number[] = [];
    for (let n = at; n + 4 <= Math.min(bytes.length, at + CHUNK * 4); n += 4) {
      const point = view.getUint32(n, littleEndian);
      points.push(point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff) ? 0xfffd : point);
    }
    parts.push(String.fromCodePoint(...points));
  }
  return parts.join("");
}
