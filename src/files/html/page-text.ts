import { parse } from "parse5";
import { BLOCKS, collapseSpaces, isElement, isHidden, type Node } from "./html-nodes";
import { tableText } from "./table-text";

// A saved report page as the plain text the published-text reader understands: what a person gets by selecting
// the page and copying it. Headings and paragraphs become lines; a data table becomes its cells, one per line
// and tab-prefixed, row after row (table-text.ts). Site chrome that is not the report is left out.

/** Writes lines: text accumulates in the current line until a block boundary or a <br> ends it. */
class LineWriter {
  readonly lines: string[] = [];
  private current = "";

  write(text: string): void {
    this.current += this.current === "" ? text.replace(/^ +/, "") : text;
  }

  endLine(): void {
    const line = this.current.trimEnd();
    if (line !== "") this.lines.push(line);
    this.current = "";
  }

  writeLines(lines: readonly string[]): void {
    this.endLine();
    this.lines.push(...lines);
  }
}

/** The text a person would copy from the page. */
export function pageText(html: string): string {
  const writer = new LineWriter();
  walk(parse(html), writer);
  writer.endLine();
  return writer.lines.join("\n");
}

function walk(node: Node, writer: LineWriter): void {
  if (node.nodeName === "#text" && "value" in node) {
    writer.write(collapseSpaces(node.value));
    return;
  }
  if (!("childNodes" in node)) return;
  if (isElement(node)) {
    if (isHidden(node)) return;
    if (node.tagName === "br") return writer.endLine();
    if (node.tagName === "table") {
      const lines = tableText(node);
      // A table holding other tables lays out the page (older government sites do this): read it as blocks.
      if (lines) return writer.writeLines(lines);
    }
  }
  const block = isElement(node) && BLOCKS.has(node.tagName);
  if (block) writer.endLine();
  for (const child of node.childNodes) walk(child, writer);
  if (block) writer.endLine();
}
