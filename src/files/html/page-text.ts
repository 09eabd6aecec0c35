import { parse } from "parse5";
import { BLOCKS, childrenOf, collapseSpaces, isElement, styleSheets, Visibility, type Node } from "./html-nodes";
import { isPageNumberLine } from "../../domain";
import { tableText } from "./table-text";

// A saved report page as the plain text the published-text reader understands: what a person gets by selecting
// the page and copying it. Headings and paragraphs become lines; a data table becomes its cells, one per line
// and tab-prefixed, row after row (table-text.ts). Site chrome that is not the report, and whatever the page hides,
// is left out. The page is walked with an explicit stack: saved pages nest thousands of elements deep.

/** Writes lines: text accumulates in the current line until a block boundary or a <br> ends it. */
class LineWriter {
  readonly lines: string[] = [];
  private current = "";

  write(text: string): void {
    this.current += this.current === "" ? text.replace(/^ +/, "") : text;
  }

  endLine(): void {
    const line = this.current.trimEnd();
    // A page saved from Word keeps its footer's page number: it is no part of the report.
    if (line !== "" && !isPageNumberLine(line)) this.lines.push(line);
    this.current = "";
  }

  writeLines(lines: readonly string[]): void {
    this.endLine();
    for (const line of lines) this.lines.push(line);
  }
}

/** Marks, on the walk's stack, the end of a block element: its line ends there. */
const END_OF_BLOCK = Symbol("end of block");

/** The text a person would copy from the page. */
export function pageText(html: string): string {
  const root = parse(html);
  const visibility = new Visibility(styleSheets(root));
  const writer = new LineWriter();
  const stack: (Node | typeof END_OF_BLOCK)[] = [root];
  for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
    if (step === END_OF_BLOCK) {
      writer.endLine();
      continue;
    }
    const node = step;
    if (node.nodeName === "#text" && "value" in node) {
      writer.write(collapseSpaces(node.value));
      continue;
    }
    if (isElement(node)) {
      if (visibility.isHidden(node)) continue;
      if (node.tagName === "br") {
        writer.endLine();
        continue;
      }
      if (node.tagName === "table") {
        const lines = tableText(node, visibility);
        // A table holding other tables lays out the page (older government sites do this): read it as blocks.
        if (lines) {
          writer.writeLines(lines);
          continue;
        }
      }
      if (BLOCKS.has(node.tagName)) {
        writer.endLine();
        stack.push(END_OF_BLOCK);
      }
    }
    const children = childrenOf(node);
    for (let n = children.length - 1; n >= 0; n--) stack.push(children[n]!);
  }
  writer.endLine();
  return writer.lines.join("\n");
}
