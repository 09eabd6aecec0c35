// What the PDF worker (pdf-content.worker.mjs) sends back: per page, its text items and painted straight segments,
// in PDF page coordinates (points, origin bottom left, y upwards). Pure types, shared by Node and the pane.

/** A run of text as the PDF places it: `x`, `y` its baseline's start; `size` the font size. */
export type TextItem = { text: string; x: number; y: number; width: number; size: number };

/** A painted straight line from (x0, y0) to (x1, y1): table borders among them. */
export type Segment = [x0: number, y0: number, x1: number, y1: number];

export type PdfPage = { width: number; height: number; items: TextItem[]; segments: Segment[] };

export type PdfContent =
  | { ok: true; pages: PdfPage[]; numPages: number; images: number }
  | { ok: false; problem: "encrypted" | "broken" | "timeout" | "memory"; detail?: string }
  /** More page content than a report could hold (`megabytes` the bound passed), refused before it is parsed. */
  | { ok: false; problem: "content"; detail: string };
