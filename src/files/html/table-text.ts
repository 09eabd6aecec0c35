import { collapseSpaces, isElement, isHidden, type Element, type Node } from "./html-nodes";

// A data table as copied text: each cell that is in the page (so not the places a rowspan or colspan covers) on
// its own line with a tab in front, row after row, a blank line after each row. Text inside a cell keeps its line
// breaks, untabbed, as a browser copies “本年新<br>制作数量”.

const SECTIONS = new Set(["thead", "tbody", "tfoot"]);
const CELLS = new Set(["td", "th"]);

/** What the published-text reader reads as “not applicable”: counted as 0 and reported as a blank. */
const BLANK_FIGURE = "—";

/** A figure as published: a number, maybe signed, padded or with its unit, or a “not applicable” placeholder. */
const FIGURE = /^[+\-−]?[0-9][0-9,.]*\s*(?:件|项|个|元|万元)?$|^(?:\/|-|—|——|--|－|不适用|无)$/u;
const isFigure = (text: string): boolean => FIGURE.test(text.normalize("NFKC").replace(/\s+/gu, ""));

/** The table's lines, or undefined for a table that holds other tables (a page layout, not a report table). */
export function tableText(table: Element): string[] | undefined {
  if (hasNestedTable(table)) return undefined;
  const lines: string[] = [];
  for (const child of table.childNodes) {
    if (isElement(child) && child.tagName === "caption") lines.push(...cellLines(child));
  }
  for (const row of rowsOf(table)) {
    for (const cell of rowText(row)) {
      const [first = "", ...rest] = cell;
      lines.push(`\t${first}`, ...rest);
    }
    lines.push("");
  }
  return lines;
}

function hasNestedTable(element: Element): boolean {
  return element.childNodes.some((child) => isElement(child) && (child.tagName === "table" || hasNestedTable(child)));
}

/** The rows of this table in page order, not those of a table inside it. */
function rowsOf(table: Element): Element[] {
  const children = (element: Element): Element[] => element.childNodes.filter(isElement).filter((e) => !isHidden(e));
  return children(table).flatMap((child) =>
    child.tagName === "tr"
      ? [child]
      : SECTIONS.has(child.tagName)
        ? children(child).filter((e) => e.tagName === "tr")
        : [],
  );
}

/**
 * Each cell of a row as its lines. An empty cell among figures is written as “not applicable” so that the figures
 * after it keep their columns: copied text loses a blank cell, and the reader would count one figure too few.
 * An empty cell before a row's label (a label column the row does not use) is not a figure and stays empty.
 */
function rowText(row: Element): string[][] {
  const cells = row.childNodes.filter(isElement).filter((e) => CELLS.has(e.tagName) && !isHidden(e));
  const texts = cells.map(cellLines);
  const filled = texts.map((lines) => lines.join(""));
  const first = filled.findIndex((text) => text !== "");
  if (first < 0 || !filled.some(isFigure)) return texts;
  const allFigures = isFigure(filled[first] ?? "");
  return texts.map((lines, n) => (lines.length === 0 && (allFigures || n > first) ? [BLANK_FIGURE] : lines));
}

/** The text of a cell, one entry per line it shows (a <br> or a paragraph inside the cell starts a line). */
function cellLines(cell: Element): string[] {
  const lines: string[] = [""];
  const visit = (node: Node): void => {
    if (node.nodeName === "#text" && "value" in node) {
      lines[lines.length - 1] += collapseSpaces(node.value);
      return;
    }
    if (!isElement(node) || isHidden(node)) return;
    if (node.tagName === "br" || node.tagName === "p" || node.tagName === "div") lines.push("");
    node.childNodes.forEach(visit);
    if (node.tagName === "p" || node.tagName === "div") lines.push("");
  };
  cell.childNodes.forEach(visit);
  return lines.map((line) => line.trim()).filter((line) => line !== "");
}
