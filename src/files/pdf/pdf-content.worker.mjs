// Runs pdfjs-dist (ES modules only) on a worker thread for read-pdf.ts: the PDF's bytes come in, and for each page
// its text items (string, position, size) and the straight lines it draws (table borders) go out. Plain
// JavaScript so that Node runs it without a transpiler, from jest and from the compiled command alike; the thread
// also bounds the time and memory one PDF may take. The layout is rebuilt from this in TypeScript (pdf-layout.ts).
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";

const require = createRequire(import.meta.url);
const pdfjsRoot = dirname(require.resolve("pdfjs-dist/package.json"));
const pdfjs = await import(join(pdfjsRoot, "legacy", "build", "pdf.mjs"));

/** Text runs kept per page: a report's page has a few hundred; more is not a report and would only take time. */
const MAX_ITEMS_PER_PAGE = 20_000;
/** Text runs kept over the whole document; pages after that are not read. */
const MAX_ITEMS = 100_000;

/** Path operations that paint (a clip or an unpainted path draws no border). */
const PAINTING = new Set(
  ["stroke", "closeStroke", "fill", "eoFill", "fillStroke", "eoFillStroke", "closeFillStroke", "closeEOFillStroke"].map(
    (name) => pdfjs.OPS[name],
  ),
);

const multiply = (m, n) => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m, x, y) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** The straight segments a page paints, in page coordinates: moveTo/lineTo/closePath of painted paths. */
function segmentsOf(operators) {
  const segments = [];
  let ctm = [1, 0, 0, 1, 0, 0];
  const saved = [];
  for (let n = 0; n < operators.fnArray.length; n++) {
    const fn = operators.fnArray[n];
    const args = operators.argsArray[n];
    if (fn === pdfjs.OPS.save) saved.push(ctm);
    else if (fn === pdfjs.OPS.restore) ctm = saved.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === pdfjs.OPS.transform) ctm = multiply(ctm, args);
    else if (fn === pdfjs.OPS.constructPath && PAINTING.has(args[0])) {
      const data = Array.isArray(args[1]) ? args[1][0] : args[1];
      if (!data) continue;
      let start;
      let point;
      for (let at = 0; at < data.length;) {
        const op = data[at];
        if (op === 0 || op === 1) {
          const next = apply(ctm, data[at + 1], data[at + 2]);
          if (op === 1 && point) segments.push([...point, ...next]);
          if (op === 0) start = next;
          point = next;
          at += 3;
        } else if (op === 2) {
          point = apply(ctm, data[at + 5], data[at + 6]);
          at += 7;
        } else if (op === 3) {
          point = apply(ctm, data[at + 3], data[at + 4]);
          at += 5;
        } else {
          if (point && start) segments.push([...point, ...start]);
          point = start;
          at += 1;
        }
      }
    }
  }
  return segments;
}

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
  const pages = [];
  let images = 0;
  let kept = 0;
  for (let number = 1; number <= Math.min(document.numPages, workerData.maxPages) && kept < MAX_ITEMS; number++) {
    const page = await document.getPage(number);
    const [left, bottom, right, top] = page.view;
    const content = await page.getTextContent();
    const items = content.items
      .filter((item) => "str" in item && item.str.trim() !== "")
      .slice(0, MAX_ITEMS_PER_PAGE)
      .map((item) => ({
        text: item.str,
        x: item.transform[4],
        y: item.transform[5],
        width: item.width,
        size: Math.hypot(item.transform[2], item.transform[3]) || item.height,
      }));
    kept += items.length;
    const operators = await page.getOperatorList();
    images += operators.fnArray.filter((fn) => fn === pdfjs.OPS.paintImageXObject).length;
    pages.push({ width: right - left, height: top - bottom, items, segments: segmentsOf(operators) });
    page.cleanup();
  }
  const numPages = document.numPages;
  await document.destroy();
  return { ok: true, pages, numPages, images };
}

read(workerData.bytes).then(
  (result) => parentPort.postMessage(result),
  (error) =>
    parentPort.postMessage({
      ok: false,
      problem: error?.name === "PasswordException" ? "encrypted" : "broken",
      detail: String(error?.message ?? error),
    }),
);
