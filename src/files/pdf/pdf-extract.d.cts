// Types of pdf-extract.cjs (plain JavaScript, shared by the Node worker thread and the pane's Web Worker host).
import type { PdfContent, Segment, TextItem } from "./pdf-content";

/** The operator list of a page, as pdfjs gives it. */
export type Operators = { fnArray: readonly number[]; argsArray: readonly unknown[] };
/** pdfjs's operator codes by name (pdfjs.OPS). */
export type OperatorCodes = Readonly<Record<string, number>>;
/** What the text runs need of a loaded font: its matrix (glyph units to text space) and writing direction. */
export type FontMetrics = { fontMatrix?: readonly number[]; vertical?: boolean };

/** The text runs and straight segments a page paints, in page coordinates. */
export function pageContentOf(
  operators: Operators,
  OPS: OperatorCodes,
  fontOf: (name: string | undefined) => FontMetrics | undefined,
): { items: TextItem[]; segments: Segment[] };
/** The content of an open pdfjs document's first `maxPages` pages. */
export function pdfContentOf(
  pdfjs: { OPS: OperatorCodes },
  document: unknown,
  maxPages: number,
): Promise<Extract<PdfContent, { ok: true }>>;
/** Why pdfjs could not open or read a document. */
export function pdfProblemOf(error: unknown): Extract<PdfContent, { ok: false }>;
/** Text runs kept per page, and over the whole document (pages after that are not read). */
export const MAX_ITEMS_PER_PAGE: number;
export const MAX_ITEMS: number;
