import { readPdfDirect } from "../../src/files/pdf/direct/read-pdf-direct";
import type { PdfContent } from "../../src/files/pdf/pdf-content";
import { inflateBounded, MAX_PAGES, readPdfContentWithPdfjs } from "../../src/files/pdf/read-pdf-content";

// The two PDF readers side by side: the direct one (office PDFs, read from their content streams) and pdfjs (every
// PDF). Where the direct one reads a PDF, it must give what pdfjs gives: the same text runs in the same places, the
// same borders, so that the same figures are read whichever reader read them.

/** The direct reader's content (undefined when it leaves the PDF to pdfjs) and pdfjs's. */
export async function bothReaders(bytes: Uint8Array): Promise<{ direct: PdfContent | undefined; pdfjs: PdfContent }> {
  return { direct: readPdfDirect(bytes, MAX_PAGES, inflateBounded), pdfjs: await readPdfContentWithPdfjs(bytes) };
}

/** Positions agree to a millionth of a point (the readers round alike, their sums may differ in the last bit). */
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

/** How two readings differ, one line each (none when they agree). */
export function contentDifferences(a: PdfContent, b: PdfContent): string[] {
  if (!a.ok || !b.ok) return a.ok === b.ok ? [] : [`ok ${a.ok} against ${b.ok}`];
  const found: string[] = [];
  if (a.numPages !== b.numPages || a.pages.length !== b.pages.length) found.push(`pages ${a.numPages} ≠ ${b.numPages}`);
  a.pages.forEach((page, p) => {
    const other = b.pages[p];
    if (!other) return;
    if (!close(page.width, other.width) || !close(page.height, other.height)) found.push(`page ${p + 1} size`);
    if (page.items.length !== other.items.length)
      found.push(`page ${p + 1}: ${page.items.length} ≠ ${other.items.length} runs`);
    page.items.forEach((item, n) => {
      const o = other.items[n];
      const same =
        o && o.text === item.text && (["x", "y", "width", "size"] as const).every((k) => close(item[k], o[k]));
      if (!same) found.push(`page ${p + 1} run ${n}: ${JSON.stringify(item)} ≠ ${JSON.stringify(o)}`);
    });
    if (page.segments.length !== other.segments.length)
      found.push(`page ${p + 1}: segments ${page.segments.length} ≠ ${other.segments.length}`);
    page.segments.forEach((segment, n) => {
      const o = other.segments[n];
      if (!o || segment.some((v, k) => !close(v, o[k]!))) found.push(`page ${p + 1} segment ${n}`);
    });
  });
  return found.slice(0, 20);
}
