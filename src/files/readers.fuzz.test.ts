import fc from "fast-check";
import { readReportText } from "../domain";
import { encodeGb18030, encodeUtf16 } from "../../test/helpers/encode-text";
import { readFixture } from "../../test/helpers/fixture";
import { inLayoutTable, reportBody, wordFile } from "./docx/__fixtures__/word-document";
import { readDocxReport } from "./docx/read-docx";
import { reportPage } from "./html/__fixtures__/report-page";
import type { ParsedReport } from "./text-reading";
import { printedPages } from "./pdf/__fixtures__/printed-pages";
import type { PdfPage } from "./pdf/pdf-content";
import { readPdfContent } from "./pdf/read-pdf-content";
import { readPdfReport } from "./pdf/read-pdf";
import { readTextKind, type TextKind } from "./read-text-kinds";

// Whatever arrives by mail: every reader returns a report or a reason in Chinese, and never throws, for random
// bytes, real reports mutated, pages nested far deeper than any real one, and long runs of one character. The
// generous timeouts catch a reader that hangs (speed itself is measured in npm run bench).

const TIMEOUT = 120_000;
const CHINESE = /[\u4e00-\u9fff]/;

/** A report or a reason a person can read. */
function isValueOrReason(result: ParsedReport): boolean {
  return result.ok || (result.errors.length > 0 && result.errors.every((error) => CHINESE.test(error)));
}

const fixture = readFixture();
const published = readReportText(fixture).report!;
const utf8 = (text: string) => new TextEncoder().encode(text);
const TEXT_KINDS: TextKind[] = [".txt", ".html", ".htm", ".json"];

/** A mutation of real bytes: a range deleted, repeated, or overwritten with random bytes, several times over. */
const mutated = (original: Uint8Array) =>
  fc
    .array(
      fc.tuple(
        fc.constantFrom("delete", "repeat", "overwrite"),
        fc.nat(),
        fc.nat({ max: 400 }),
        fc.uint8Array({ maxLength: 40 }),
      ),
      { minLength: 1, maxLength: 6 },
    )
    .map((edits) => {
      const bytes = [...original];
      for (const [kind, start, length, noise] of edits) {
        const at = start % (bytes.length + 1);
        const range = bytes.slice(at, at + length);
        if (kind === "delete") bytes.splice(at, length);
        else if (kind === "repeat") bytes.splice(at, 0, ...range, ...range);
        else bytes.splice(at, noise.length, ...noise);
      }
      return new Uint8Array(bytes);
    });

describe("the text readers (.txt .html .htm .json)", () => {
  it(
    "return a value or a reason for random bytes",
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...TEXT_KINDS), fc.uint8Array({ maxLength: 3000 }), (ext, bytes) =>
          isValueOrReason(readTextKind(ext, bytes, {})),
        ),
        { numRuns: 300 },
      );
    },
    TIMEOUT,
  );

  it(
    "return a value or a reason for the published report mutated, in every encoding and as a page",
    () => {
      const originals = [
        utf8(fixture),
        encodeGb18030(fixture),
        encodeUtf16(fixture, "le"),
        utf8(reportPage(published)),
      ];
      fc.assert(
        fc.property(fc.constantFrom(...TEXT_KINDS), fc.constantFrom(...originals).chain(mutated), (ext, bytes) =>
          isValueOrReason(readTextKind(ext, bytes, {})),
        ),
        { numRuns: 60 },
      );
    },
    TIMEOUT,
  );

  it(
    "return a value or a reason for nesting far deeper than any real page or JSON",
    () => {
      const tags = ["div", "span", "table", "td", "tr", "p", "b", "li", "ul", "font"];
      fc.assert(
        fc.property(fc.constantFrom(...tags), fc.integer({ min: 1000, max: 20_000 }), (tag, depth) => {
          const html = `<html><body>${`<${tag}>`.repeat(depth)}一、总体情况${`</${tag}>`.repeat(depth)}</body></html>`;
          const json = `${"[".repeat(depth)}${"]".repeat(depth)}`;
          return (
            isValueOrReason(readTextKind(".html", utf8(html), {})) &&
            isValueOrReason(readTextKind(".json", utf8(json), {}))
          );
        }),
        { numRuns: 20 },
      );
    },
    TIMEOUT,
  );

  it(
    "return a value or a reason for long runs of one character",
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...TEXT_KINDS),
          fc.constantFrom("0", "一", "|", "\t", "\n", "<", "{", '"', "、", "（", " ", "\u3000"),
          fc.integer({ min: 10_000, max: 200_000 }),
          (ext, char, length) => isValueOrReason(readTextKind(ext, utf8(char.repeat(length)), {})),
        ),
        { numRuns: 30 },
      );
    },
    TIMEOUT,
  );
});

describe("the Word reader (.docx)", () => {
  let docx: Uint8Array;
  beforeAll(async () => {
    docx = await wordFile(inLayoutTable(reportBody(published)));
  });

  it(
    "returns a value or a reason for random bytes and for a real document's bytes mutated",
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.uint8Array({ maxLength: 3000 }), mutated(docx)), (bytes) =>
          isValueOrReason(readDocxReport(bytes)),
        ),
        { numRuns: 150 },
      );
    },
    TIMEOUT,
  );

  it(
    "returns a value or a reason for a document whose XML is mutated, or nested far too deep",
    async () => {
      const body = reportBody(published);
      const samples = fc.sample(
        fc.oneof(
          mutated(utf8(body)).map((bytes) => new TextDecoder().decode(bytes)),
          fc.integer({ min: 100, max: 2000 }).map((depth) => `${"<w:tbl><w:tr><w:tc>".repeat(depth)}<w:p/>`),
        ),
        40,
      );
      for (const sample of samples) expect(isValueOrReason(readDocxReport(await wordFile(sample)))).toBe(true);
    },
    TIMEOUT,
  );
});

describe("the PDF reader", () => {
  const pages = printedPages(published);

  it(
    "rebuilds a value or a reason from any text positions and borders",
    () => {
      const item = fc.record({
        text: fc.string({ minLength: 1, maxLength: 8 }),
        x: fc.double({ min: -100, max: 700, noNaN: true }),
        y: fc.double({ min: -100, max: 900, noNaN: true }),
        width: fc.double({ min: 0, max: 300, noNaN: true }),
        size: fc.double({ min: 0, max: 40, noNaN: true }),
      });
      const coordinate = fc.double({ min: -100, max: 900, noNaN: true });
      const segment = fc.tuple(coordinate, coordinate, coordinate, coordinate);
      const page: fc.Arbitrary<PdfPage> = fc.record({
        width: fc.constant(595),
        height: fc.constant(842),
        items: fc.array(item, { maxLength: 200 }),
        segments: fc.array(segment, { maxLength: 200 }),
      });
      fc.assert(
        fc.property(fc.array(page, { maxLength: 3 }), (random) =>
          isValueOrReason(readPdfReport({ ok: true, pages: random, numPages: random.length, images: 0 })),
        ),
        { numRuns: 100 },
      );
    },
    TIMEOUT,
  );

  it(
    "rebuilds a value or a reason from a real report's pages with items and borders dropped or moved",
    () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.nat(), fc.double({ min: -50, max: 50, noNaN: true })), { maxLength: 30 }),
          (edits) => {
            const copy = structuredClone(pages);
            for (const [index, shift] of edits) {
              const page = copy[index % copy.length]!;
              const item = page.items[index % Math.max(1, page.items.length)];
              if (item) item.y += shift;
              page.segments.splice(index % Math.max(1, page.segments.length), 1);
            }
            return isValueOrReason(readPdfReport({ ok: true, pages: copy, numPages: copy.length, images: 0 }));
          },
        ),
        { numRuns: 60 },
      );
    },
    TIMEOUT,
  );

  it(
    "gets a value or a reason from pdfjs for random bytes and for a PDF's bytes mutated",
    async () => {
      const samples = fc.sample(fc.oneof(fc.uint8Array({ maxLength: 2000 }), mutated(MINIMAL_PDF)), 8);
      for (const bytes of samples) expect(isValueOrReason(readPdfReport(await readPdfContent(bytes)))).toBe(true);
    },
    TIMEOUT,
  );
});

/** A one-page PDF with a text layer in a standard font: a real PDF, but not a report. */
const MINIMAL_PDF = ((): Uint8Array => {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    "<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 720 Td (Annual report) Tj ET\nendstream",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, n) => {
    offsets.push(pdf.length);
    pdf += `${n + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, "0")} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
})();
