import { deflateSync } from "node:zlib";
import { PDFDocument, StandardFonts } from "pdf-lib";

/**
 * A one-page PDF whose page draws `bytes` of short lines, compressed as PDF writers store content: a file of a few
 * hundred kilobytes whose content inflates to as much as asked, the hostile PDF the readers must refuse by size.
 */
export async function pdfDrawing(bytes: number): Promise<Uint8Array> {
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
