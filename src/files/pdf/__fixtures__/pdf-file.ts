import { PDFDocument, PDFName, PDFString, type PDFContext, type PDFRef } from "pdf-lib";
import type { PdfPage } from "../pdf-content";

// Pages laid out by printed-pages.ts written as a real PDF file (pdf-lib), for the PDF readers to read back: the
// text in a Chinese font that the file does not embed, only names, in one of two ways office PDFs do: STSong-Light
// with the predefined CMap UniGB-UCS2-H ("predefined"), which reads only where pdfjs has its CMaps; or a subset's
// codes through Identity-H with a ToUnicode CMap and a W array ("identity"), as Word and WPS write their fonts,
// which the direct reader reads. The page is painted in the order a producer chooses, which need not be the order a
// person reads: row by row, column by column, or shuffled.

export type PaintOrder = "rows" | "columns" | "shuffled";
export type FontEncoding = "predefined" | "identity";
export type PdfFileOptions = {
  font?: FontEncoding;
  /** Objects in object streams with a cross-reference stream (pdf-lib's default), or a classic xref table. */
  objectStreams?: boolean;
};

/** A PRNG with a fixed seed, so that a shuffled page is the same page on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Text as the hex of its codes. */
type Encode = (text: string) => string;

/** The text as the UCS-2 codes UniGB-UCS2-H takes, in hex. */
const ucs2: Encode = (text) => [...text].map((char) => char.charCodeAt(0).toString(16).padStart(4, "0")).join("");

const fixed = (value: number): string => value.toFixed(2);

/** A page's drawing operations in the order a producer paints them. */
function operations(page: PdfPage, order: PaintOrder, random: () => number, encode: Encode): string[] {
  const texts = page.items.map((item) => ({
    x: item.x,
    y: item.y,
    op: `BT /F1 ${fixed(item.size)} Tf 1 0 0 1 ${fixed(item.x)} ${fixed(item.y)} Tm <${encode(item.text)}> Tj ET`,
  }));
  const lines = page.segments.map(([x0, y0, x1, y1]) => ({
    x: Math.min(x0, x1),
    y: Math.max(y0, y1),
    op: `${fixed(x0)} ${fixed(y0)} m ${fixed(x1)} ${fixed(y1)} l S`,
  }));
  const all = [...lines, ...texts];
  if (order === "columns") all.sort((a, b) => a.x - b.x || b.y - a.y);
  if (order === "shuffled") {
    for (let n = all.length - 1; n > 0; n--) {
      const other = Math.floor(random() * (n + 1));
      [all[n], all[other]] = [all[other]!, all[n]!];
    }
  }
  return ["0.5 w", ...all.map((entry) => entry.op)];
}

/** STSong-Light through UniGB-UCS2-H: pdfjs maps its codes with its predefined CMaps. */
function predefinedFont(context: PDFContext): [PDFRef, Encode] {
  const descendant = context.obj({
    Type: "Font",
    Subtype: "CIDFontType0",
    BaseFont: "STSong-Light",
    CIDSystemInfo: { Registry: PDFString.of("Adobe"), Ordering: PDFString.of("GB1"), Supplement: 2 },
    FontDescriptor: context.obj({
      Type: "FontDescriptor",
      FontName: "STSong-Light",
      Flags: 6,
      FontBBox: [-25, -254, 1000, 880],
      ItalicAngle: 0,
      Ascent: 880,
      Descent: -120,
      CapHeight: 880,
      StemV: 93,
    }),
    DW: 1000,
  });
  const font = context.obj({
    Type: "Font",
    Subtype: "Type0",
    BaseFont: "STSong-Light-UniGB-UCS2-H",
    Encoding: "UniGB-UCS2-H",
    DescendantFonts: [descendant],
  });
  return [context.register(font), ucs2];
}

/**
 * A subset of SimSun as Word writes one: each character of the pages a two-byte code (1, 2, … in order of first
 * use) through Identity-H, its text in a ToUnicode CMap (bfchar and bfrange entries), its width in W (both forms).
 */
function identityFont(context: PDFContext, pages: readonly PdfPage[]): [PDFRef, Encode] {
  const chars = [...new Set(pages.flatMap((page) => page.items.flatMap((item) => [...item.text])))];
  const codeOf = new Map(chars.map((char, n) => [char, n + 1]));
  const hex = (code: number) => code.toString(16).padStart(4, "0");
  const unicodeHex = (char: string) => Array.from({ length: char.length }, (_, n) => hex(char.charCodeAt(n))).join("");
  const [first, ...rest] = chars;
  const cmap = [
    "/CIDInit /ProcSet findresource begin",
    "12 dict begin",
    "begincmap",
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
    "/CMapName /Adobe-Identity-UCS def",
    "/CMapType 2 def",
    "1 begincodespacerange",
    "<0000> <FFFF>",
    "endcodespacerange",
    `1 beginbfrange\n<0001> <0001> <${unicodeHex(first ?? " ")}>\nendbfrange`,
    `${rest.length} beginbfchar`,
    ...rest.map((char) => `<${hex(codeOf.get(char)!)}> <${unicodeHex(char)}>`),
    "endbfchar",
    "endcmap",
    "CMapName currentdict /CMap defineresource pop",
    "end",
    "end",
  ].join("\n");
  const descendant = context.obj({
    Type: "Font",
    Subtype: "CIDFontType2",
    BaseFont: "ABCDEF+SimSun",
    CIDSystemInfo: { Registry: PDFString.of("Adobe"), Ordering: PDFString.of("Identity"), Supplement: 0 },
    FontDescriptor: context.obj({
      Type: "FontDescriptor",
      FontName: "ABCDEF+SimSun",
      Flags: 6,
      FontBBox: [-8, -145, 1000, 859],
      ItalicAngle: 0,
      Ascent: 859,
      Descent: -141,
      CapHeight: 859,
      StemV: 93,
    }),
    DW: 1000,
    W: [1, [1000, 1000], 3, chars.length, 1000],
  });
  const font = context.obj({
    Type: "Font",
    Subtype: "Type0",
    BaseFont: "ABCDEF+SimSun",
    Encoding: "Identity-H",
    DescendantFonts: [descendant],
    ToUnicode: context.register(context.flateStream(cmap)),
  });
  return [context.register(font), (text) => [...text].map((char) => hex(codeOf.get(char)!)).join("")];
}

/** The pages as a PDF file's bytes. */
export async function pdfFile(
  pages: readonly PdfPage[],
  order: PaintOrder = "rows",
  seed = 1,
  { font: encoding = "predefined", objectStreams = true }: PdfFileOptions = {},
): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const { context } = document;
  const [font, encode] = encoding === "identity" ? identityFont(context, pages) : predefinedFont(context);
  const random = seeded(seed);
  for (const page of pages) {
    const pdfPage = document.addPage([page.width, page.height]);
    pdfPage.node.setFontDictionary(PDFName.of("F1"), font);
    const content = context.flateStream(operations(page, order, random, encode).join("\n"));
    pdfPage.node.set(PDFName.of("Contents"), context.register(content));
  }
  return document.save({ useObjectStreams: objectStreams });
}
