import * as zlib from "node:zlib";
import { pdfDrawing } from "./__fixtures__/pdf-drawing";
import { oversizedContent } from "./pdf-streams.cjs";
import { readPdfContent } from "./read-pdf-content";
import { readPdfReport } from "./read-pdf";

// A PDF of a few hundred kilobytes whose page content inflates to tens of megabytes of drawing operators: pdfjs
// would parse it for half a minute. It is refused from the size of its content, before pdfjs sees it.

const MB = 1024 * 1024;

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
