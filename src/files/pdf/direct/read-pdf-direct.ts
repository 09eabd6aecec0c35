import type { PdfContent, PdfPage } from "../pdf-content";
import { MAX_ITEMS, MAX_ITEMS_PER_PAGE, pageContentOf } from "../pdf-extract.cjs";
import { ContentReader, DIRECT_OPS } from "./content-operators";
import { PdfObjects, type Inflate } from "./pdf-objects";
import { PdfStream, type PdfDict, type PdfValue } from "./pdf-syntax";

// The common PDF read without pdfjs: a report as LibreOffice, WPS or Word print it (fonts with ToUnicode CMaps,
// Flate content) gives the same page content as pdfjs's operator list would (the same pageContentOf reads both), in
// a few milliseconds instead of the hundred pdfjs spends converting the embedded fonts, which text does not need.
// Anything else (encrypted, damaged, a font mapped by a predefined CMap or glyph names, Type3) is `undefined`, and
// pdfjs reads it.

/** Decoded bytes one document may inflate here (pdf-streams.cjs bounds what pdfjs is given alike). */
const MAX_INFLATED_BYTES = 24 * 1024 * 1024;
/** Page tree nodes looked at, at most. */
const MAX_NODES = 20_000;
/** pdfjs's page size when a page gives none (US Letter). */
const LETTER: Box = [0, 0, 612, 792];

type Box = [number, number, number, number];
type PageNode = {
  dict: PdfDict;
  resources: PdfValue | undefined;
  mediaBox: PdfValue | undefined;
  cropBox: PdfValue | undefined;
};

/** The content of the first `maxPages` pages, or `undefined` when the PDF is pdfjs's to read. */
export function readPdfDirect(
  bytes: Uint8Array,
  maxPages: number,
  inflate: Inflate,
): Extract<PdfContent, { ok: true }> | undefined {
  try {
    const objects = new PdfObjects(bytes, inflate, { left: MAX_INFLATED_BYTES });
    const catalog = objects.dict(objects.trailer.get("Root"));
    const leaves = pageLeaves(objects, objects.dict(catalog?.get("Pages")));
    if (!leaves) return undefined;
    const reader = new ContentReader(objects);
    const pages: PdfPage[] = [];
    let images = 0;
    let kept = 0;
    for (const leaf of leaves.slice(0, maxPages)) {
      if (kept >= MAX_ITEMS) break;
      const [left, bottom, right, top] = viewOf(objects, leaf);
      const contents = objects.resolve(leaf.dict.get("Contents"));
      const streams = (Array.isArray(contents) ? contents.map((part) => objects.resolve(part)) : [contents]).filter(
        (part): part is PdfStream => part instanceof PdfStream,
      );
      const operators = reader.page(streams, objects.dict(leaf.resources));
      images += operators.images;
      const { items, segments } = pageContentOf(operators, DIRECT_OPS, (name) =>
        name === undefined ? undefined : operators.fonts.get(name),
      );
      const keptItems = items.slice(0, MAX_ITEMS_PER_PAGE);
      kept += keptItems.length;
      pages.push({ width: right - left, height: top - bottom, items: keptItems, segments });
    }
    return { ok: true, pages, numPages: leaves.length, images };
  } catch {
    // NotDirect, or damage this reader did not foresee: pdfjs reads it, with every repair it knows.
    return undefined;
  }
}

/** The page tree's pages in order, with what they inherit; `undefined` unless it is a tree whose Count is right. */
function pageLeaves(objects: PdfObjects, root: PdfDict | undefined): PageNode[] | undefined {
  if (!root) return undefined;
  const leaves: PageNode[] = [];
  const seen = new Set<PdfDict>();
  const visit = (dict: PdfDict, inherited: Omit<PageNode, "dict">): boolean => {
    if (seen.has(dict) || seen.size > MAX_NODES) return false;
    seen.add(dict);
    const node = {
      resources: dict.get("Resources") ?? inherited.resources,
      mediaBox: dict.get("MediaBox") ?? inherited.mediaBox,
      cropBox: dict.get("CropBox") ?? inherited.cropBox,
    };
    const kids = objects.resolve(dict.get("Kids"));
    if (!Array.isArray(kids)) return leaves.push({ dict, ...node }) > 0;
    return kids.every((kid) => {
      const child = objects.dict(kid);
      return child !== undefined && visit(child, node);
    });
  };
  const whole = visit(root, { resources: undefined, mediaBox: undefined, cropBox: undefined });
  return whole && objects.resolve(root.get("Count")) === leaves.length ? leaves : undefined;
}

/** A box of four numbers with its corners ordered, when it has an area (pdfjs's _getBoundingBox). */
function boxOf(objects: PdfObjects, value: PdfValue | undefined): Box | undefined {
  const array = objects.resolve(value);
  if (!Array.isArray(array) || array.length !== 4) return undefined;
  const numbers = array.map((item) => objects.resolve(item));
  if (!numbers.every((item): item is number => typeof item === "number")) return undefined;
  const [x0, y0, x1, y1] = numbers as Box;
  const box: Box = [Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)];
  return box[2] - box[0] > 0 && box[3] - box[1] > 0 ? box : undefined;
}

/** The page's view as pdfjs gives it: the crop box within the media box, or the media box. */
function viewOf(objects: PdfObjects, leaf: PageNode): Box {
  const media = boxOf(objects, leaf.mediaBox) ?? LETTER;
  const crop = boxOf(objects, leaf.cropBox);
  if (!crop || crop.every((edge, n) => edge === media[n])) return media;
  const box: Box = [
    Math.max(crop[0], media[0]),
    Math.max(crop[1], media[1]),
    Math.min(crop[2], media[2]),
    Math.min(crop[3], media[3]),
  ];
  return box[2] - box[0] > 0 && box[3] - box[1] > 0 ? box : media;
}
