import { SaxesParser, type SaxesTagNS } from "saxes";

// The body of a Word document (word/document.xml) as blocks: paragraphs as their lines, tables as rows of explicit
// cells. Word writes every cell, so nothing is guessed: a cell spanning columns (w:gridSpan) is one cell, a cell
// continuing a vertical merge (w:vMerge without “restart”) is a place the merge covers and is left out, as a page
// leaves out what a rowspan covers. Streamed with saxes: no tree, and no recursion however deep the XML nests.
// Elements are known by their namespace, whatever prefix the file gives it (w:, ns0:, or none), and what a drawing
// holds (a text box anchored in a cell) is not the cell's text: Word and LibreOffice show the cell's own figure.

export type Paragraph = { kind: "paragraph"; lines: string[] };
export type Cell = { blocks: Block[]; continuesMerge: boolean; drawingText?: string };
export type Table = { kind: "table"; rows: Cell[][]; holdsTable: boolean };
export type Block = Paragraph | Table;

export type BodyProblem = "xml" | "tooDeep" | "tooLarge";
export type BodyBlocks =
  { ok: true; blocks: Block[]; drawingsWithText: number } | { ok: false; problem: BodyProblem; limit?: number };

/** Deeper than any real document (Word nests tables a few levels); past it the file is refused, not read slowly. */
const MAX_TABLE_DEPTH = 64;
/**
 * A year's report has a few hundred cells and paragraphs; a document with far more is not one, and what is kept of
 * it is bounded so a folder of such files stays within memory.
 */
export const MAX_CELLS = 50_000;
export const MAX_PARAGRAPHS = 100_000;

const WORD_NAMESPACES = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
  // A file that uses the prefix without declaring it (saxes then gives the prefix as its namespace).
  "w",
]);
const MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/** Elements whose content is not what the document shows: deleted or moved-away text, a drawing's second copy. */
const SKIPPED = new Set(["w:del", "w:moveFrom", "mc:Fallback", "w:instrText", "w:delInstrText"]);
/** Drawings, pictures and embedded objects: their text (a text box) is not the paragraph's or the cell's. */
const DRAWINGS = new Set(["w:drawing", "w:pict", "w:object"]);

/** An element's name as `w:local` for the Word namespace, `mc:local` for markup compatibility, else `?:local`. */
function nameOf(tag: { uri: string; local: string }): string {
  if (WORD_NAMESPACES.has(tag.uri)) return `w:${tag.local}`;
  return tag.uri === MARKUP_COMPATIBILITY ? `mc:${tag.local}` : `?:${tag.local}`;
}

/** The Word attribute `local` (w:val …), whatever its prefix. */
function wordAttribute(tag: SaxesTagNS, local: string): string | undefined {
  for (const attribute of Object.values(tag.attributes)) {
    if (attribute.local === local && WORD_NAMESPACES.has(attribute.uri)) return attribute.value;
  }
  return undefined;
}

const isOn = (tag: SaxesTagNS): boolean => !["0", "false", "off"].includes(wordAttribute(tag, "val") ?? "");

/** The blocks of a document's body, given as text chunks (the part decoded as it is read), or why not. */
export function bodyBlocks(chunks: Iterable<string>): BodyBlocks {
  const body: Block[] = [];
  const containers: Block[][] = [body];
  const tables: Table[] = [];
  let cell: Cell | undefined;
  let paragraph: Paragraph | undefined;
  let skipDepth = 0;
  let drawingDepth = 0;
  let drawingText = "";
  let drawingsWithText = 0;
  let inText = false;
  let inRunProperties = false;
  let runHidden = false;
  let cells = 0;
  let paragraphs = 0;
  let problem: BodyProblem | undefined;
  let limit: number | undefined;
  const tooLarge = (bound: number) => {
    problem ??= "tooLarge";
    limit ??= bound;
  };

  const parser = new SaxesParser<{ xmlns: true; position: false }>({ xmlns: true, position: false });
  parser.on("error", (error) => {
    // A prefix used without its declaration is read by its name, as Word reads it.
    if (!error.message.includes("unbound namespace prefix")) problem ??= "xml";
  });
  parser.on("opentag", (tag) => {
    const name = nameOf(tag);
    if (skipDepth > 0 || (drawingDepth === 0 && SKIPPED.has(name))) {
      if (!tag.isSelfClosing) skipDepth++;
      return;
    }
    if (drawingDepth > 0 || DRAWINGS.has(name)) {
      if (!tag.isSelfClosing) drawingDepth++;
      if (name === "w:t") inText = !tag.isSelfClosing;
      return;
    }
    switch (name) {
      case "w:tbl": {
        const table: Table = { kind: "table", rows: [], holdsTable: false };
        const outer = tables[tables.length - 1];
        if (outer) outer.holdsTable = true;
        if (tables.length >= MAX_TABLE_DEPTH) problem ??= "tooDeep";
        containers[containers.length - 1]?.push(table);
        tables.push(table);
        break;
      }
      case "w:tr":
        tables[tables.length - 1]?.rows.push([]);
        break;
      case "w:tc": {
        if (++cells > MAX_CELLS) tooLarge(MAX_CELLS);
        const rows = tables[tables.length - 1]?.rows;
        cell = { blocks: [], continuesMerge: false };
        rows?.[rows.length - 1]?.push(cell);
        containers.push(cell.blocks);
        break;
      }
      case "w:vMerge":
        if (cell && (wordAttribute(tag, "val") ?? "continue") === "continue") cell.continuesMerge = true;
        break;
      case "w:p":
        if (++paragraphs > MAX_PARAGRAPHS) tooLarge(MAX_PARAGRAPHS);
        paragraph = { kind: "paragraph", lines: [""] };
        break;
      case "w:r":
        runHidden = false;
        break;
      case "w:rPr":
        inRunProperties = true;
        break;
      case "w:vanish":
        if (inRunProperties && isOn(tag)) runHidden = true;
        break;
      case "w:t":
        inText = !tag.isSelfClosing;
        break;
      case "w:tab":
        if (paragraph && !inRunProperties && !runHidden) append(paragraph, "\t");
        break;
      case "w:br":
      case "w:cr":
        if (paragraph && !runHidden) paragraph.lines.push("");
        break;
    }
  });
  parser.on("text", (text) => {
    if (!inText || skipDepth > 0) return;
    if (drawingDepth > 0) drawingText += text;
    else if (paragraph && !runHidden) append(paragraph, text);
  });
  parser.on("closetag", (tag) => {
    const name = nameOf(tag);
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    if (drawingDepth > 0) {
      if (name === "w:t") inText = false;
      if (--drawingDepth === 0) closeDrawing();
      return;
    }
    switch (name) {
      case "w:t":
        inText = false;
        break;
      case "w:rPr":
        inRunProperties = false;
        break;
      case "w:r":
        runHidden = false;
        break;
      case "w:p":
        if (paragraph) containers[containers.length - 1]?.push(paragraph);
        paragraph = undefined;
        break;
      case "w:tc":
        containers.pop();
        cell = undefined;
        break;
      case "w:tbl":
        tables.pop();
        break;
    }
  });
  /** A drawing ended: its text, if any, is noted on the cell it stands in, never read as the cell's. */
  const closeDrawing = () => {
    const text = drawingText.trim();
    drawingText = "";
    if (text === "") return;
    drawingsWithText++;
    if (cell) cell.drawingText = cell.drawingText === undefined ? text : `${cell.drawingText} ${text}`;
  };
  try {
    // Chunk by chunk, so a document past the bounds is given up as soon as it passes them.
    for (const chunk of chunks) {
      if (problem) break;
      parser.write(chunk);
    }
    if (!problem) parser.close();
  } catch {
    problem ??= "xml";
  }
  if (problem) return { ok: false, problem, ...(limit === undefined ? {} : { limit }) };
  return { ok: true, blocks: body, drawingsWithText };
}

function append(paragraph: Paragraph, text: string): void {
  paragraph.lines[paragraph.lines.length - 1] += text;
}
