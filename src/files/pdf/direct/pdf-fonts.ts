import type { FontMetrics } from "../pdf-extract.cjs";
import type { PdfObjects } from "./pdf-objects";
import { Lexer, NotDirect, PdfName, PdfStream, PdfWord, EOF, type PdfDict, type PdfValue } from "./pdf-syntax";

// What text reading needs of a font, as pdfjs computes it (src/core/evaluator.js extractWidths, readToUnicode;
// src/core/fonts.js _charToGlyph), without converting the font program: how shown bytes split into codes, each
// code's text from the font's ToUnicode CMap, and its advance from Widths or W. Only fonts whose text is certain
// that way are read here: simple fonts with an embedded program or TrueType, and Type0 fonts with Identity-H, each
// with a ToUnicode CMap covering every code shown. Any other font, or a code the CMap leaves out, is pdfjs's.

/** A glyph as pdfjs's operator list gives it to pageContentOf. */
export type Glyph = { unicode: string; width: number; isSpace: boolean };

export type DirectFont = {
  metrics: FontMetrics;
  /** The glyphs of a shown string (its bytes, one char each). */
  glyphs: (bytes: string) => Glyph[];
};

/** pdfjs's FONT_IDENTITY_MATRIX: glyph space is a thousandth of text space. */
const FONT_MATRIX = [0.001, 0, 0, 0.001, 0, 0];
/** A ToUnicode range wider than this is not a report's font. */
const MAX_RANGE = 0xffff;

export function directFont(objects: PdfObjects, dict: PdfDict): DirectFont {
  const subtype = nameOf(objects.resolve(dict.get("Subtype")));
  const toUnicode = objects.resolve(dict.get("ToUnicode"));
  if (!(toUnicode instanceof PdfStream)) throw new NotDirect("a font without a ToUnicode CMap");
  const unicode = readToUnicode(objects.decode(toUnicode));
  if (unicode.size === 0) throw new NotDirect("an empty ToUnicode CMap");
  if (subtype === "Type0") return compositeFont(objects, dict, unicode);
  if (subtype !== "Type1" && subtype !== "MMType1" && subtype !== "TrueType") throw new NotDirect(`a ${subtype} font`);
  const descriptor = objects.dict(dict.get("FontDescriptor"));
  // pdfjs reads a Type1 font it has no program for by its encoding's glyph names, not by the ToUnicode CMap.
  const embedded = ["FontFile", "FontFile2", "FontFile3"].some((key) => descriptor?.has(key));
  if (subtype !== "TrueType" && !embedded) throw new NotDirect("a Type1 font not embedded");
  const widths = objects.resolve(dict.get("Widths"));
  const firstChar = objects.resolve(dict.get("FirstChar")) ?? 0;
  if (!Array.isArray(widths) || typeof firstChar !== "number") throw new NotDirect("a font without widths");
  const advance = new Map<number, number>();
  widths.forEach((width, n) => {
    const resolved = objects.resolve(width);
    if (typeof resolved === "number") advance.set(firstChar + n, resolved);
  });
  const glyphOf = glyphMaker(unicode, advance, () => {
    throw new NotDirect("a code without a width");
  });
  return {
    metrics: { fontMatrix: FONT_MATRIX, vertical: false },
    glyphs: (bytes) => {
      const glyphs: Glyph[] = [];
      for (let at = 0; at < bytes.length; at++) {
        const code = bytes.charCodeAt(at);
        glyphs.push(glyphOf(code, code === 0x20));
      }
      return glyphs;
    },
  };
}

function compositeFont(objects: PdfObjects, dict: PdfDict, unicode: Map<number, string>): DirectFont {
  if (objects.resolve(dict.get("Encoding")) !== PdfName.of("Identity-H"))
    throw new NotDirect("a CMap other than Identity-H");
  const descendants = objects.resolve(dict.get("DescendantFonts"));
  const cidFont = objects.dict(Array.isArray(descendants) ? descendants[0] : undefined);
  const cidType = nameOf(objects.resolve(cidFont?.get("Subtype")));
  if (!cidFont || (cidType !== "CIDFontType0" && cidType !== "CIDFontType2")) throw new NotDirect("a CID font");
  const dw = objects.resolve(cidFont.get("DW"));
  const defaultWidth = typeof dw === "number" ? Math.ceil(dw) : 1000;
  const advance = cidWidths(objects, objects.resolve(cidFont.get("W")));
  const glyphOf = glyphMaker(unicode, advance, () => defaultWidth);
  return {
    metrics: { fontMatrix: FONT_MATRIX, vertical: false },
    glyphs: (bytes) => {
      if (bytes.length % 2 !== 0) throw new NotDirect("an odd byte in two-byte text");
      const glyphs: Glyph[] = [];
      for (let at = 0; at < bytes.length; at += 2)
        glyphs.push(glyphOf((bytes.charCodeAt(at) << 8) | bytes.charCodeAt(at + 1), false));
      return glyphs;
    },
  };
}

/** A code's glyph, cached: its text (pdfjs: the code's own char when the CMap maps it to nothing), its width. */
function glyphMaker(unicode: Map<number, string>, advance: Map<number, number>, missingWidth: () => number) {
  const cache = new Map<number, Glyph>();
  return (code: number, isSpace: boolean): Glyph => {
    const key = isSpace ? -1 - code : code;
    let glyph = cache.get(key);
    if (glyph) return glyph;
    const text = unicode.get(code);
    if (text === undefined) throw new NotDirect("a code the ToUnicode CMap leaves out");
    glyph = { unicode: text || String.fromCharCode(code), width: advance.get(code) ?? missingWidth(), isSpace };
    cache.set(key, glyph);
    return glyph;
  };
}

/** A CID font's W array (§9.7.4.3): `c [w1 w2 …]` and `cFirst cLast w`, as pdfjs reads it. */
function cidWidths(objects: PdfObjects, w: PdfValue | undefined): Map<number, number> {
  const widths = new Map<number, number>();
  if (!Array.isArray(w)) return widths;
  for (let i = 0; i < w.length; i++) {
    let start = objects.resolve(w[i++]);
    if (typeof start !== "number" || !Number.isInteger(start)) break;
    const code = objects.resolve(w[i]);
    if (Array.isArray(code)) {
      for (const item of code) {
        const width = objects.resolve(item);
        if (typeof width === "number") widths.set(start, width);
        start++;
      }
    } else if (typeof code === "number" && Number.isInteger(code)) {
      const width = objects.resolve(w[++i]);
      if (typeof width !== "number") continue;
      if (code - start > MAX_RANGE) throw new NotDirect("a width range too wide");
      for (let c = start; c <= code; c++) widths.set(c, width);
    } else break;
  }
  return widths;
}

const nameOf = (value: PdfValue | undefined): string | undefined => (value instanceof PdfName ? value.name : undefined);

/** A code's bytes as a number (pdfjs's strToInt). */
const codeOf = (bytes: string): number => {
  let code = 0;
  for (let n = 0; n < bytes.length; n++) code = code * 256 + bytes.charCodeAt(n);
  return code;
};

/** UTF-16BE bytes as text, as pdfjs's readToUnicode decodes them (an odd length is led by a zero byte). */
function utf16(bytes: string): string {
  if (bytes.length % 2 !== 0) bytes = "\u0000" + bytes;
  const unit = (n: number) => ((bytes.charCodeAt(n) << 8) | bytes.charCodeAt(n + 1)) & 0xffff;
  const points: number[] = [];
  for (let n = 0; n < bytes.length; n += 2) {
    const high = unit(n);
    // Any surrogate takes the next unit with it, whatever that is, as pdfjs does.
    if ((high & 0xf800) !== 0xd800) points.push(high);
    else points.push(((high & 0x3ff) << 10) + ((n += 2) < bytes.length ? unit(n) & 0x3ff : 0) + 0x10000);
  }
  return String.fromCodePoint(...points);
}

/** A ToUnicode CMap's bfchar and bfrange mappings (§9.10.3): code → text. */
export function readToUnicode(data: Uint8Array): Map<number, string> {
  const map = new Map<number, string>();
  const lexer = new Lexer(data);
  const string = () => {
    const token = lexer.next();
    if (typeof token !== "string") throw new NotDirect("a ToUnicode CMap that is not bytes");
    return token;
  };
  for (let token = lexer.next(); token !== EOF; token = lexer.next()) {
    if (!(token instanceof PdfWord)) continue;
    if (token.word === "usecmap" || token.word === "begincidchar" || token.word === "begincidrange")
      throw new NotDirect(`${token.word} in a ToUnicode CMap`);
    if (token.word === "beginbfchar") {
      for (let src = lexer.next(); src !== PdfWord.of("endbfchar"); src = lexer.next()) {
        if (typeof src !== "string") throw new NotDirect("a damaged bfchar");
        map.set(codeOf(src), utf16(string()));
      }
    } else if (token.word === "beginbfrange") {
      for (let low = lexer.next(); low !== PdfWord.of("endbfrange"); low = lexer.next()) {
        if (typeof low !== "string") throw new NotDirect("a damaged bfrange");
        bfRange(lexer, codeOf(low), codeOf(string()), map);
      }
    }
  }
  return map;
}

/** One `<low> <high> <dst>` or `<low> <high> [<dst> …]` (pdfjs's mapBfRange: the last byte counts up). */
function bfRange(lexer: Lexer, low: number, high: number, map: Map<number, string>): void {
  if (high - low > MAX_RANGE) throw new NotDirect("a bfrange too wide");
  const dst = lexer.next();
  if (dst === PdfWord.of("[")) {
    for (let code = low; ; code++) {
      const item = lexer.next();
      if (item === PdfWord.of("]")) return;
      if (typeof item !== "string") throw new NotDirect("a damaged bfrange array");
      if (code <= high) map.set(code, utf16(item));
    }
  }
  if (typeof dst !== "string" || dst.length === 0) throw new NotDirect("a damaged bfrange");
  let bytes = dst;
  const last = bytes.length - 1;
  for (let code = low; code <= high; code++) {
    map.set(code, utf16(bytes));
    const next = bytes.charCodeAt(last) + 1;
    bytes =
      next > 0xff
        ? bytes.substring(0, last - 1) + String.fromCharCode(bytes.charCodeAt(last - 1) + 1) + "\u0000"
        : bytes.substring(0, last) + String.fromCharCode(next);
  }
}
