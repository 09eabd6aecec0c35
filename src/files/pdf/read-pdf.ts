import { readReportText, type ReadHint } from "../../domain";
import { fileMessages } from "../messages.zh-CN";
import { fromTextReading, type ParsedReport } from "../text-reading";
import type { PdfContent } from "./pdf-content";
import { pdfText } from "./pdf-layout";
import { PDF_TIMEOUT_SECONDS } from "./pdf-limits";

// A report published as a PDF with a text layer: its pages rebuilt as text (pdf-layout.ts) and read by the
// published-text reader. The content comes from pdfjs, run where the caller can (a worker thread in Node).

/**
 * Fewer characters than this on every page, and the PDF is a scan: pictures of pages, no text to read. One page with
 * text makes a text PDF, however many blank pages follow it.
 */
const SCAN_CHARACTERS = 20;

/** Reads a report from the pages of a PDF (read by pdfjs); never throws for a bad file. */
export function readPdfReport(content: PdfContent, hint: ReadHint = {}): ParsedReport {
  if (!content.ok) return { ok: false, errors: [describePdfProblem(content)] };
  const hasText = content.pages.some(
    (page) => page.items.reduce((n, item) => n + item.text.length, 0) >= SCAN_CHARACTERS,
  );
  if (!hasText) {
    return { ok: false, errors: [fileMessages.pdfScan] };
  }
  return fromTextReading(readReportText(pdfText(content.pages), hint));
}

function describePdfProblem(content: Extract<PdfContent, { ok: false }>): string {
  switch (content.problem) {
    case "encrypted":
      return fileMessages.pdfEncrypted;
    case "broken":
      return fileMessages.pdfBroken;
    case "timeout":
      return fileMessages.pdfTimeout(PDF_TIMEOUT_SECONDS);
    case "memory":
      return fileMessages.pdfTooBig;
    case "content":
      return fileMessages.pdfTooMuchContent(Number(content.detail));
  }
}
