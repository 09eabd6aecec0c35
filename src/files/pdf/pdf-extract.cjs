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

/** Path operations that paint, by code. */
const paintingOf = (OPS) => new Set(PAINTING_NAMES.map((name) => OPS[name]));

// The loops below avoid spreads and array destructuring: a command reads a handful of PDFs per thread, mostly before
// V8 optimises this code, and unoptimised code pays for the iterator protocol that those use.

/** The straight segments of one painted path, in page coordinates: its moveTo/lineTo/closePath pieces. */
function pathSegments(data, ctm, segments) {
  let start;
  let point;
  for (let at = 0; at < data.length;) {
    const op = data[at];
    if (op === 0 || op === 1) {
      const next = apply(ctm, data[at + 1], data[at + 2]);
      if (op === 1 && point) segments.push([point[0], point[1], next[0], next[1]]);
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
      if (point && start) segments.push([point[0], point[1], start[0], start[1]]);
      point = start;
      at += 1;
    }
  }
}

/** Whitespace between words: a run of text ends there. */
const BLANK = /^\s*$/u;
/** A move along the line wider than this many ems (a TJ adjustment, a cell's padding) starts a new run. */
const GAP_EMS = 0.25;

/** The text state of PDF's text operators, as pdfjs's canvas keeps it (Tm, the position on the line, spacing). */
const textStateOf = () => ({
  tm: IDENTITY,
  x: 0,
  y: 0,
  lineX: 0,
  lineY: 0,
  leading: 0,
  font: undefined,
  size: 0,
  direction: 1,
  charSpacing: 0,
  wordSpacing: 0,
  hScale: 1,
  rise: 0,
});

/**
 * What a page paints, in page coordinates: the straight segments of painted paths (table borders) and the runs of
 * text, each run the glyphs of one show-text operation between spaces and wide moves. Taken from pdfjs's operator
 * list rather than its text content, which joins the text of neighbouring cells into one item when they are painted
 * one after the other on the same line (“100 101”), as WPS and Word do, so that a figure would land in its
 * neighbour's cell. `fontOf` gives a loaded font's matrix and writing direction by the name the list uses.
 */
function pageContentOf(operators, OPS, fontOf) {
  const painting = paintingOf(OPS);
  const segments = [];
  const items = [];
  let ctm = IDENTITY;
  let text = textStateOf();
  const saved = [];
  const glyphsAt = (glyphs) => {
    const font = fontOf(text.font);
    if (!font || text.size === 0) return;
    const matrix = multiply(ctm, text.tm);
    const size = text.size * Math.hypot(matrix[2], matrix[3]);
    const em = text.size;
    const advanceScale = text.size * (font.fontMatrix?.[0] ?? 0.001);
    const hScale = text.hScale * text.direction;
    let run;
    let x = 0;
    const close = () => {
      if (run && !BLANK.test(run.text)) {
        const from = apply(matrix, text.x + run.from * hScale, text.y + text.rise);
        const to = apply(matrix, text.x + x * hScale, text.y + text.rise);
        items.push({
          text: run.text,
          x: from[0],
          y: from[1],
          width: Math.hypot(to[0] - from[0], to[1] - from[1]),
          size,
        });
      }
      run = undefined;
    };
    for (const glyph of glyphs) {
      if (typeof glyph === "number") {
        const move = (-glyph * text.size) / 1000;
        if (Math.abs(move) > GAP_EMS * em) close();
        x += font.vertical ? -move : move;
        continue;
      }
      if (!glyph) continue;
      const unicode = glyph.unicode ?? "";
      // Not glyph.isSpace: that is code 32, which a subset font may give to any character (“十”); word spacing is its.
      const blank = BLANK.test(unicode);
      if (blank) close();
      else if (font.vertical) {
        // Vertical writing: each character where it stands, one under the other.
        close();
        const at = apply(matrix, text.x, text.y - x);
        items.push({ text: unicode, x: at[0], y: at[1], width: size, size });
      } else {
        run ??= { text: "", from: x };
        run.text += unicode;
      }
      const spacing = (glyph.isSpace ? text.wordSpacing : 0) + text.charSpacing;
      x += (glyph.width ?? 0) * advanceScale + spacing * text.direction;
    }
    close();
    if (font.vertical) text.y -= x;
    else text.x += x * hScale;
  };
  const moveText = (tx, ty) => {
    text.x = text.lineX += tx;
    text.y = text.lineY += ty;
  };
  for (let n = 0; n < operators.fnArray.length; n++) {
    const fn = operators.fnArray[n];
    const args = operators.argsArray[n];
    if (fn === OPS.save) saved.push({ ctm, text: Object.assign({}, text) });
    else if (fn === OPS.restore) ({ ctm, text } = saved.pop() ?? { ctm: IDENTITY, text: textStateOf() });
    else if (fn === OPS.transform) ctm = multiply(ctm, args);
    else if (fn === OPS.paintFormXObjectBegin) {
      saved.push({ ctm, text: Object.assign({}, text) });
      if (Array.isArray(args?.[0]) || ArrayBuffer.isView(args?.[0])) ctm = multiply(ctm, Array.from(args[0]));
    } else if (fn === OPS.paintFormXObjectEnd) ({ ctm, text } = saved.pop() ?? { ctm: IDENTITY, text: textStateOf() });
    else if (fn === OPS.constructPath && painting.has(args[0])) {
      const data = Array.isArray(args[1]) ? args[1][0] : args[1];
      if (data) pathSegments(data, ctm, segments);
    } else if (fn === OPS.beginText) {
      text.tm = IDENTITY;
      text.x = text.lineX = text.y = text.lineY = 0;
    } else if (fn === OPS.setFont) {
      text.font = args[0];
      text.size = Math.abs(args[1]);
      text.direction = args[1] < 0 ? -1 : 1;
    } else if (fn === OPS.setTextMatrix) {
      text.tm = Array.from(typeof args[0] === "number" ? args : args[0]);
      text.x = text.lineX = text.y = text.lineY = 0;
    } else if (fn === OPS.moveText) moveText(args[0], args[1]);
    else if (fn === OPS.setLeadingMoveText) {
      text.leading = args[1];
      moveText(args[0], args[1]);
    } else if (fn === OPS.setLeading) text.leading = -args[0];
    else if (fn === OPS.nextLine) moveText(0, text.leading);
    else if (fn === OPS.setCharSpacing) text.charSpacing = args[0];
    else if (fn === OPS.setWordSpacing) text.wordSpacing = args[0];
    else if (fn === OPS.setHScale) text.hScale = args[0] / 100;
    else if (fn === OPS.setTextRise) text.rise = args[0];
    else if (fn === OPS.showText || fn === OPS.showSpacedText) glyphsAt(args[0]);
  }
  return { items, segments };
}

/** The content of an open pdfjs document's first `maxPages` pages (a PdfContent that is ok). */
async function pdfContentOf(pdfjs, document, maxPages) {
  const pages = [];
  let images = 0;
  let kept = 0;
  for (let number = 1; number <= Math.min(document.numPages, maxPages) && kept < MAX_ITEMS; number++) {
    const page = await document.getPage(number);
    const [left, bottom, right, top] = page.view;
    const operators = await page.getOperatorList();
    images += operators.fnArray.filter((fn) => fn === pdfjs.OPS.paintImageXObject).length;
    const fontOf = (name) => (name && page.commonObjs.has(name) ? page.commonObjs.get(name) : undefined);
    const { items, segments } = pageContentOf(operators, pdfjs.OPS, fontOf);
    const keptItems = items.slice(0, MAX_ITEMS_PER_PAGE);
    kept += keptItems.length;
    pages.push({ width: right - left, height: top - bottom, items: keptItems, segments });
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

module.exports = { pageContentOf, pdfContentOf, pdfProblemOf, MAX_ITEMS_PER_PAGE, MAX_ITEMS };
