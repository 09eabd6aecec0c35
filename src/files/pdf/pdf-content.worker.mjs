// Runs pdfjs-dist (ES modules only) on a worker thread for read-pdf-content.ts: the PDF's bytes come in, and for each
// page its text items (string, position, size) and the straight lines it draws (table borders) go out. Plain
// JavaScript so that Node runs it without a transpiler, from jest and from the compiled command alike. The thread
// is started once and kept warm: loading pdfjs costs more than reading a report, so it serves one PDF after another
// until it passes a limit and is ended. What is taken from each page is in pdf-extract.cjs (shared with the pane's
// reader); the layout is rebuilt from this in TypeScript (pdf-layout.ts).
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { parentPort } from "node:worker_threads";
import zlib from "node:zlib";
import { pdfContentOf, pdfProblemOf } from "./pdf-extract.cjs";
import { oversizedContent } from "./pdf-streams.cjs";

const require = createRequire(import.meta.url);
const pdfjsRoot = dirname(require.resolve("pdfjs-dist/package.json"));
// pdfjs's legacy build replaces Array.prototype.push with core-js's (it fixes pushing onto an array whose length is
// read-only, which Node 20's V8 gets wrong), a function several times slower than the native one on every push of
// font compilation and parsing. Nothing here pushes onto such an array: the native one is put back once pdfjs and
// its worker part (loaded here, not on the first document, so that its own polyfills are in place first) are loaded.
const nativePush = Object.getOwnPropertyDescriptor(Array.prototype, "push");
const pdfjs = await import(join(pdfjsRoot, "legacy", "build", "pdf.mjs"));
globalThis.pdfjsWorker = await import(join(pdfjsRoot, "legacy", "build", "pdf.worker.mjs"));
Object.defineProperty(Array.prototype, "push", nativePush);

async function read(bytes, maxPages) {
  const oversized = oversizedContent(bytes, zlib);
  if (oversized !== undefined) return { ok: false, problem: "content", detail: String(oversized) };
  const document = await pdfjs.getDocument({
    data: bytes,
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    cMapUrl: join(pdfjsRoot, "cmaps") + "/",
    cMapPacked: true,
    standardFontDataUrl: join(pdfjsRoot, "standard_fonts") + "/",
  }).promise;
  try {
    return await pdfContentOf(pdfjs, document, maxPages);
  } finally {
    await document.destroy();
  }
}

parentPort.on("message", ({ id, bytes, maxPages }) => {
  read(bytes, maxPages).then(
    (content) => parentPort.postMessage({ id, content }),
    (error) => parentPort.postMessage({ id, content: pdfProblemOf(error) }),
  );
});
