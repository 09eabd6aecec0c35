"use strict";
// What both PDF readers take from pdfjs-dist: the Node worker thread (pdf-content.worker.mjs) and the pane's Web
// Worker host (read-pdf-content.browser.ts). Given the pdfjs module and an open document, each page's text items
// (string, position, size) and the straight lines it paints (table borders). Plain JavaScript so that Node runs it
// without a transpiler, CommonJS so that jest loads it too; its types are in pdf-extract.d.cts. The layout is rebuilt
// from this in pdf-layout.ts.

/** Text runs kept per page: a report's page has a few hundred; more is not a report and would only take time. */
const MAX_ITEMS_PER_PAGE = 20_000;
/** Text runs kept over the whole document; pages after that are not read. */
const MAX_ITEMS = 100_000;

/** Path operations that paint (a clip or an unpainted path draws no border). */
const PAINTING_NAMES = [
  "stroke",
  "closeStroke",
  "fill",
  "eoFill",
  "fillStroke",
  "eoFillStroke",
  "closeFillStroke",
  "closeEOFillStroke",
];

const IDENTITY = [1, 0, 0, 1, 0, 0];

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
function segmentsOf(operators, OPS) {
  const painting = new Set(PAINTING_NAMES.map((name) => OPS[name]));
  const segments = [];
  let ctm = IDENTITY;
  const saved = [];
  for (let n = 0; n < operators.fnArray.length; n++) {
    const fn = operators.fnArray[n];
    const args = operators.argsArray[n];
    if (fn === OPS.save) saved.push(ctm);
    else if (fn === OPS.restore) ctm = saved.pop() ?? IDENTITY;
    else if (fn === OPS.transform) ctm = multiply(ctm, args);
    else if (fn === OPS.constructPath && painting.has(args[0])) {
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

/** A text content item as the PdfContent's TextItem; blank runs are left out by the caller. */
function textItemOf(item) {
  return {
    text: item.str,
    x: item.transform[4],
    y: item.transform[5],
    width: item.width,
    size: Math.hypot(item.transform[2], item.transform[3]) || item.height,
  };
}

/** The content of an open pdfjs document's first `maxPages` pages (a PdfContent that is ok). */
async function pdfContentOf(pdfjs, document, maxPages) {
  const pages = [];
  let images = 0;
  let kept = 0;
  for (let number = 1; number <= Math.min(document.numPages, maxPages) && kept < MAX_ITEMS; number++) {
    const page = await document.getPage(number);
    const [left, bottom, right, top] = page.view;
    const content = await page.getTextContent();
    const items = content.items
      .filter((item) => "str" in item && item.str.trim() !== "")
      .slice(0, MAX_ITEMS_PER_PAGE)
      .map(textItemOf);
    kept += items.length;
    const operators = await page.getOperatorList();
    images += operators.fnArray.filter((fn) => fn === pdfjs.OPS.paintImageXObject).length;
    pages.push({ width: right - left, height: top - bottom, items, segments: segmentsOf(operators, pdfjs.OPS) });
    page.cleanup();
  }
  return { ok: true, pages, numPages: document.numPages, images };
}

/** Why pdfjs could not open or read a document, as a PdfContent that is not ok. */
function pdfProblemOf(error) {
  return {
    ok: false,
    problem: error?.name === "PasswordException" ? "encrypted" : "broken",
    detail: String(error?.message ?? error),
  };
}

module.exports = { segmentsOf, textItemOf, pdfContentOf, pdfProblemOf };
