import { SaxesParser, type SaxesTagPlain } from "saxes";

// The body of a Word document (word/document.xml) as blocks: paragraphs as their lines, tables as rows of explicit
// cells. Word writes every cell, so nothing is guessed: a cell spanning columns (w:gridSpan) is one cell, a cell
// continuing a vertical merge (w:vMerge without “restart”) is a place the merge covers and is left out, as a page
// leaves out what a rowspan covers. Streamed with saxes: no tree, and no recursion however deep the XML nests.

export type Paragraph = { kind: "paragraph"; lines: string[] };
export type Cell = { blocks: Block[]; continuesMerge: boolean };
export type Table = { kind: "table"; rows: Cell[][]; holdsTable: boolean };
export type Block = Paragraph | Table;

export type BodyBlocks = { ok: true; blocks: Block[] } | { ok: false; problem: "xml" | "tooDeep" };

/** Deeper than any real document (Word nests tables a few levels); past it the file is refused, not read slowly. */
const MAX_TABLE_DEPTH = 64;

/** Elements whose content is not what the document shows: deleted or moved-away text, a drawing's second copy. */
const SKIPPED = new Set(["w:del", "w:moveFrom", "mc:Fallback", "w:instrText", "w:delInstrText"]);

const isOn = (tag: SaxesTagPlain): boolean => !["0", "false", "off"].includes(tag.attributes["w:val"] ?? "");

/** The blocks of a document's body, or why its XML cannot be read. */
export function bodyBlocks(xml: string): BodyBlocks {
  const body: Block[] = [];
  const containers: Block[][] = [body];
  const tables: Table[] = [];
  let cell: Cell | undefined;
  let paragraph: Paragraph | undefined;
  let skipDepth = 0;
  let inText = false;
  let inRunProperties = false;
  let runHidden = false;
  let problem: "xml" | "tooDeep" | undefined;

  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  parser.on("error", () => {
    problem ??= "xml";
  });
  parser.on("opentag", (tag) => {
    if (skipDepth > 0 || SKIPPED.has(tag.name)) {
      if (!tag.isSelfClosing) skipDepth++;
      return;
    }
    switch (tag.name) {
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
        const rows = tables[tables.length - 1]?.rows;
        cell = { blocks: [], continuesMerge: false };
        rows?.[rows.length - 1]?.push(cell);
        containers.push(cell.blocks);
        break;
      }
      case "w:vMerge":
        if (cell && (tag.attributes["w:val"] ?? "continue") === "continue") cell.continuesMerge = true;
        break;
      case "w:p":
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
    if (inText && skipDepth === 0 && paragraph && !runHidden) append(paragraph, text);
  });
  parser.on("closetag", (tag) => {
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    switch (tag.name) {
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
  try {
    parser.write(xml).close();
  } catch {
    problem ??= "xml";
  }
  return problem ? { ok: false, problem } : { ok: true, blocks: body };
}

function append(paragraph: Paragraph, text: string): void {
  paragraph.lines[paragraph.lines.length - 1] += text;
}
