import { deflateSync } from "node:zlib";
import * as zlib from "node:zlib";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { oversizedContent } from "./pdf-streams.cjs";
import { readPdfContent } from "./read-pdf-content";
import { readPdfReport } from "./read-pdf";

// A PDF of a few hundred kilobytes whose page content inflates to tens of megabytes of drawing operators: pdfjs
// would parse it for half a minute. It is refused from the size of its content, before pdfjs sees it.

const MB = 1024 * 1024;

/** A one-page PDF whose page draws `bytes` of short lines (compressed, as PDF writers store content). */
async function pdfDrawing(bytes: number): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const page = document.addPage([595, 842]);
  const font = await document.embedFont(StandardFonts.Helvetica);
  page.drawText("Annual report 2023", { x: 60, y: 780, size: 12, font });
  const operator = "10 10 m 20 20 l S\n";
  const content = Buffer.from(operator.repeat(Math.ceil(bytes / operator.length)));
  const stream = document.context.stream(deflateSync(content, { level: 1 }), { Filter: "FlateDecode" });
  page.node.addContentStream(document.context.register(stream));
  return document.save({ useObjectStreams: false });
}

describe("a PDF whose content inflates far beyond a report's", () => {
  it("is measured within bounds when its pages hold what a report's do", async () => {
    expect(oversizedContent(await pdfDrawing(200_000), zlib)).toBeUndefined();
  });

  it("is refused before pdfjs parses it, with the bound it passed", async () => {
    const bytes = await pdfDrawing(40 * MB);
    expect(bytes.length).toBeLessThan(MB);
    expect(oversizedContent(bytes, zlib)).toBe(24);
    const content = await readPdfContent(bytes);
    expect(readPdfReport(content)).toEqual({
      ok: false,
      errors: ["PDF 文件的页面内容解压后超过 24 MB，远超一份年报，未读取"],
    });
    // Generating forty megabytes and starting pdfjs's thread take a few seconds on a busy machine.
  }, 30_000);
});
