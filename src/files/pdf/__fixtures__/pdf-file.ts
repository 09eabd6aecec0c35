import { PDFDocument, PDFName, PDFString } from "pdf-lib";
import type { PdfPage } from "../pdf-content";

// Pages laid out by printed-pages.ts written as a real PDF file (pdf-lib), for pdfjs to read back: the text in a
// Chinese font that the file does not embed, only names (STSong-Light with the predefined CMap UniGB-UCS2-H, as
// many office PDFs do), so it reads only where pdfjs has its CMaps; and the page painted in the order a producer
// chooses, which need not be the order a person reads: row by row, column by column, or shuffled.

export type PaintOrder = "rows" | "columns" | "shuffled";

/** A PRNG with a fixed seed, so that a shuffled page is the same page on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** The text as the UCS-2 codes UniGB-UCS2-H takes, in hex. */
const ucs2 = (text: string): string =>
  [...text].map((char) => char.charCodeAt(0).toString(16).padStart(4, "0")).join("");

const fixed = (value: number): string => value.toFixed(2);

/** A page's drawing operations in the order a producer paints them. */
function operations(page: PdfPage, order: PaintOrder, random: () => number): string[] {
  const texts = page.items.map((item) => ({
    x: item.x,
    y: item.y,
    op: `BT /F1 ${fixed(item.size)} Tf 1 0 0 1 ${fixed(item.x)} ${fixed(item.y)} Tm <${ucs2(item.text)}> Tj ET`,
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

/** The pages as a PDF file's bytes. */
export async function pdfFile(pages: readonly PdfPage[], order: PaintOrder = "rows", seed = 1): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const { context } = document;
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
  const font = context.register(
    context.obj({
      Type: "Font",
      Subtype: "Type0",
      BaseFont: "STSong-Light-UniGB-UCS2-H",
      Encoding: "UniGB-UCS2-H",
      DescendantFonts: [descendant],
    }),
  );
  const random = seeded(seed);
  for (const page of pages) {
    const pdfPage = document.addPage([page.width, page.height]);
    pdfPage.node.setFontDictionary(PDFName.of("F1"), font);
    const content = context.flateStream(operations(page, order, random).join("\n"));
    pdfPage.node.set(PDFName.of("Contents"), context.register(content));
  }
  return document.save();
}
