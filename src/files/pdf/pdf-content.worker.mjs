// Runs pdfjs-dist (ES modules only) on a worker thread for read-pdf.ts: the PDF's bytes come in, and for each page
// its text items (string, position, size) and the straight lines it draws (table borders) go out. Plain
// JavaScript so that Node runs it without a transpiler, from jest and from the compiled command alike; the thread
// also bounds the time and memory one PDF may take. What is taken from each page is in pdf-extract.cjs (shared
// with the pane's reader); the layout is rebuilt from this in TypeScript (pdf-layout.ts).
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { pdfContentOf, pdfProblemOf } from "./pdf-extract.cjs";

const require = createRequire(import.meta.url);
const pdfjsRoot = dirname(require.resolve("pdfjs-dist/package.json"));
const pdfjs = await import(join(pdfjsRoot, "legacy", "build", "pdf.mjs"));

async function read(bytes) {
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
    return await pdfContentOf(pdfjs, document, workerData.maxPages);
  } finally {
    await document.destroy();
  }
}

read(workerData.bytes).then(
  (result) => parentPort.postMessage(result),
  (error) => parentPort.postMessage(pdfProblemOf(error)),
);
