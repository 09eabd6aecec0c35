import { getDocument, GlobalWorkerOptions, OPS } from "pdfjs-dist";
import type { PdfContent } from "./pdf-content";
import { pdfContentOf, pdfProblemOf } from "./pdf-extract.cjs";
import { PDF_TIMEOUT_SECONDS } from "./pdf-limits";

// The pane's counterpart of read-pdf-content.ts: pdfjs-dist in the browser, parsing on pdfjs's own Web Worker (a
// chunk of this bundle, from this origin), the same page content taken as on the command line (pdf-extract.cjs).
// This module is loaded only when a .pdf is picked. pdfjs's CMaps and standard fonts ship with the pane's build
// (webpack.config.js copies them under pdfjs/) and are fetched from this origin only when a PDF needs one: a Chinese
// font named but not embedded reads through a predefined CMap (UniGB-UCS2-H), without which its text is lost.
// Nothing comes from elsewhere, no font faces are made, and no eval (the pages' Content-Security-Policy forbids it).

/** Pages read at most, as on the command line. */
const MAX_PAGES = 200;

/** pdfjs's parsing worker, started on the first PDF and kept for the next ones. */
function ensureWorker(): void {
  if (GlobalWorkerOptions.workerPort) return;
  GlobalWorkerOptions.workerPort = new Worker(
    /* webpackChunkName: "pdf-worker" */ new URL("pdfjs-dist/build/pdf.worker.mjs", import.meta.url),
    { type: "module" },
  );
}

/** The text items and borders of each page of a PDF, or why they could not be had in time. */
export async function readPdfContent(bytes: Uint8Array): Promise<PdfContent> {
  ensureWorker();
  const task = getDocument({
    data: bytes,
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    // Fetched on this page (connect-src 'self'), from the files the build ships beside it.
    useWorkerFetch: false,
    cMapUrl: new URL("pdfjs/cmaps/", location.href).href,
    cMapPacked: true,
    standardFontDataUrl: new URL("pdfjs/standard_fonts/", location.href).href,
    stopAtErrors: false,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<PdfContent>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, problem: "timeout" }), PDF_TIMEOUT_SECONDS * 1000);
  });
  const reading = task.promise.then((document) =>
    pdfContentOf({ OPS }, document, MAX_PAGES).finally(() => document.destroy()),
  );
  try {
    return await Promise.race([reading.catch(pdfProblemOf), timeout]);
  } finally {
    clearTimeout(timer);
    // Stops the work on the worker if the time ran out; a no-op once the document is read.
    void task.destroy();
  }
}
