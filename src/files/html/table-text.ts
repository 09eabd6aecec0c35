import { tableLines, type TextRow } from "../text/table-lines";
import { childrenOf, collapseSpaces, isElement, type Element, type Node, type Visibility } from "./html-nodes";

// A data table of a page as copied text (table-lines.ts): each cell that is in the page (so not the places a
// rowspan or colspan covers), its lines as the browser shows them. Walked without recursion.

const SECTIONS = new Set(["thead", "tbody", "tfoot"]);
const CELLS = new Set(["td", "th"]);

/** The table's lines, or undefined for a table that holds other tables (a page layout, not a report table). */
export function tableText(table: Element, visibility: Visibility): string[] | undefined {
  if (hasNestedTable(table)) return undefined;
  const visible = (element: Element): Element[] =>
    element.childNodes.filter(isElement).filter((child) => !visibility.isHidden(child));
  const caption = visible(table)
    .filter((child) => child.tagName === "caption")
    .flatMap((child) => cellLines(child, visibility));
  const rows: TextRow[] = rowsOf(table, visible).map((row) =>
    visible(row)
      .filter((cell) => CELLS.has(cell.tagName))
      .map((cell) => cellLines(cell, visibility)),
  );
  return tableLines(caption, rows);
}

function hasNestedTable(table: Element): boolean {
  const stack: Node[] = [...table.childNodes];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (isElement(node) && node.tagName === "table") return true;
    for (const child of childrenOf(node)) stack.push(child);
  }
  return false;
}

/** The rows of this table in page order, not those of a table inside it. */
function rowsOf(table: Element, visible: (element: Element) => Element[]): Element[] {
  const rows: Element[] = [];
  for (const child of visible(table)) {
    if (child.tagName === "tr") rows.push(child);
    else if (SECTIONS.has(child.tagName)) for (const row of visible(child)) if (row.tagName === "tr") rows.push(row);
  }
  return rows;
}

/** Marks, on the walk's stack, the end of a paragraph inside a cell. */
const END_OF_PARAGRAPH = Symbol("end of paragraph");

/** The text of a cell, one entry per line it shows (a <br> or a paragraph inside the cell starts a line). */
function cellLines(cell: Element, visibility: Visibility): string[] {
  const lines: string[] = [""];
  const stack: (Node | typeof END_OF_PARAGRAPH)[] = [...cell.childNodes].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node === END_OF_PARAGRAPH) {
      lines.push("");
      continue;
    }
    if (node.nodeName === "#text" && "value" in node) {
      lines[lines.length - 1] += collapseSpaces(node.value);
      continue;
    }
    if (!isElement(node) || visibility.isHidden(node)) continue;
    if (node.tagName === "br" || node.tagName === "p" || node.tagName === "div") lines.push("");
    if (node.tagName === "p" || node.tagName === "div") stack.push(END_OF_PARAGRAPH);
    for (let n = node.childNodes.length - 1; n >= 0; n--) stack.push(node.childNodes[n]!);
  }
  return lines.map((line) => line.trim()).filter((line) => line !== "");
}
