import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { promisify } from "node:util";
import { markStyles, type MarkSeverity } from "../../src/domain";

// What a printed sheet shows of its conditional formats: a PDF (LibreOffice's rendering) rasterised by pdftoppm, the
// cells painted in the marks' fills found as connected areas of that colour, and the text printed inside each, from
// pdftotext's word boxes. A painted cell is one area (cells are split by their borders), its figure the words in it.

const run = promisify(execFile);

/** One area painted in a mark's fill, and the words printed inside it. */
export type PaintedArea = { page: number; severity: MarkSeverity; words: string[] };

type Word = { page: number; text: string; x: number; y: number };
type Image = { width: number; height: number; pixels: Buffer };

/** Areas smaller than this many pixels are anti-aliasing, not a cell. */
const MIN_AREA = 30;
/** How far (per channel) a pixel may be from a fill and still count as it. */
const TOLERANCE = 10;

/** A printed sheet: every word on it, and every painted area of every page, rasterised at `dpi`. */
export async function printedMarks(pdf: string, dpi = 72): Promise<{ words: string[]; areas: PaintedArea[] }> {
  const prefix = join(dirname(pdf), `${basename(pdf, ".pdf")}-page`);
  await run("pdftoppm", ["-r", String(dpi), pdf, prefix]);
  const { stdout } = await run("pdftotext", ["-bbox", pdf, "-"], { maxBuffer: 64 * 1024 * 1024 });
  const words = wordsOf(stdout, dpi / 72);
  const pages = readdirSync(dirname(pdf))
    .filter((name) => name.startsWith(basename(prefix)) && name.endsWith(".ppm"))
    .sort((a, b) => pageNumber(a) - pageNumber(b));
  const areas = pages.flatMap((name, i) => areasOf(readPpm(join(dirname(pdf), name)), i + 1, words));
  return { words: words.map((w) => w.text), areas };
}

const pageNumber = (name: string): number => Number(/-(\d+)\.ppm$/.exec(name)?.[1] ?? 0);

function wordsOf(html: string, scale: number): Word[] {
  const words: Word[] = [];
  let page = 0;
  for (const match of html.matchAll(
    /<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g,
  )) {
    if (match[0] === "<page ") {
      page += 1;
      continue;
    }
    const [xMin, yMin, xMax, yMax] = match.slice(1, 5).map(Number) as [number, number, number, number];
    const text = match[5]!.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
    words.push({ page, text, x: ((xMin + xMax) / 2) * scale, y: ((yMin + yMax) / 2) * scale });
  }
  return words;
}

function readPpm(path: string): Image {
  const data = readFileSync(path);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 50).toString("latin1"));
  if (!header) throw new Error(`not a binary PPM: ${path}`);
  return { width: Number(header[1]), height: Number(header[2]), pixels: data.subarray(header[0].length) };
}

const rgb = (hex: string): number[] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const fills = (Object.keys(markStyles) as MarkSeverity[]).map((severity) => ({
  severity,
  color: rgb(markStyles[severity].fill),
}));

function areasOf(image: Image, page: number, words: readonly Word[]): PaintedArea[] {
  const { width, height, pixels } = image;
  const kind = new Int8Array(width * height).fill(-1);
  for (let i = 0; i < width * height; i++) {
    const fill = fills.findIndex(({ color }) => color.every((c, k) => Math.abs(pixels[i * 3 + k]! - c) <= TOLERANCE));
    kind[i] = fill;
  }
  const seen = new Uint8Array(width * height);
  const areas: PaintedArea[] = [];
  for (let start = 0; start < width * height; start++) {
    if (kind[start] === -1 || seen[start]) continue;
    const box = { left: width, top: height, right: 0, bottom: 0 };
    let size = 0;
    const stack = [start];
    seen[start] = 1;
    while (stack.length > 0) {
      const at = stack.pop()!;
      const [x, y] = [at % width, Math.floor(at / width)];
      size += 1;
      box.left = Math.min(box.left, x);
      box.right = Math.max(box.right, x);
      box.top = Math.min(box.top, y);
      box.bottom = Math.max(box.bottom, y);
      const next = [x > 0 ? at - 1 : -1, x < width - 1 ? at + 1 : -1, at - width, at + width];
      for (const n of next) {
        if (n < 0 || n >= width * height || seen[n] || kind[n] !== kind[start]) continue;
        seen[n] = 1;
        stack.push(n);
      }
    }
    if (size < MIN_AREA) continue;
    const inside = words.filter(
      (w) => w.page === page && w.x >= box.left && w.x <= box.right && w.y >= box.top && w.y <= box.bottom,
    );
    areas.push({ page, severity: fills[kind[start]!]!.severity, words: inside.map((w) => w.text) });
  }
  return areas;
}
