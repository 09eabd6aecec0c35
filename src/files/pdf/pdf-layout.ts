import { isFigureText, tableLines, type TextRow } from "../text/table-lines";
import { boxKey, Borders, centreOf, EPS, type Box } from "./pdf-cells";
import { joinUnruledAcrossPages, OWN_CELL, textRowOf, unruledTables, type UnruledTable } from "./pdf-unruled";
import type { PdfPage, TextItem } from "./pdf-content";

// A PDF's pages as the text a person would copy from them, tables cell by cell as for a saved page (table-lines.ts).
// Tables come from the borders the page paints (pdf-cells.ts): text wrapped inside a cell, a label over two lines,
// a heading printed one character per line down a merged column, all stay one cell. Text outside tables becomes
// lines; a paragraph's wrapped lines are joined again, and page numbers (“-4-”, “— 2 —”, “第3页”) are left out,
// so a footer in the middle of a table does not cut it.

type Cell = { box: Box; items: TextItem[]; text: string };
/** `opening`: the text of the rows the table began with, on the page where it began (for a repeated header). */
type Table = { box: Box; rows: Cell[][]; opening?: string[][] };
type Line = { y: number; left: number; right: number; size: number; text: string };
type Block = { top: number; table?: Table; unruled?: UnruledTable; loose?: Line };

/** The least and the most of a value over many things, without spreading them into arguments (no stack limit). */
function least<T>(things: readonly T[], value: (thing: T) => number): number {
  let result = Infinity;
  for (const thing of things) result = Math.min(result, value(thing));
  return result;
}
function most<T>(things: readonly T[], value: (thing: T) => number): number {
  let result = -Infinity;
  for (const thing of things) result = Math.max(result, value(thing));
  return result;
}

/** The text of a PDF's pages, in reading order. */
export function pdfText(pages: readonly PdfPage[]): string {
  const pageBlocks = pages.map(blocksOf);
  for (let n = 1; n < pageBlocks.length; n++) joinAcrossPages(pageBlocks[n - 1]!, pageBlocks[n]!);
  // The right edge of the text, over the whole document: a page with short lines only has no edge of its own.
  const lines = pageBlocks.flat().flatMap((block) => (block.loose ? [block.loose] : []));
  const edges = {
    left: least(lines, (line) => line.left),
    right: most(lines, (line) => line.right),
  };
  return joinWrapped(pageBlocks, edges).join("\n");
}

/** A page's tables and lines outside them, from the top; page numbers left out. */
function blocksOf(page: PdfPage): Block[] {
  const borders = new Borders(page.segments);
  const cells = new Map<string, Cell>();
  for (const box of borders.allBoxes()) cells.set(boxKey(box), { box, items: [], text: "" });
  const loose: TextItem[] = [];
  for (const item of page.items) {
    const centre = centreOf(item);
    const box = borders.boxAt(centre.x, centre.y);
    if (!box) {
      loose.push(item);
      continue;
    }
    const key = boxKey(box);
    const cell = cells.get(key) ?? { box, items: [], text: "" };
    cell.items.push(item);
    cells.set(key, cell);
  }
  for (const cell of cells.values()) {
    cell.text = textLines(cell.items)
      .map((line) => line.text)
      .join("");
  }
  const blocks: Block[] = tablesOf([...cells.values()]).map((table) => ({ top: table.box.top, table }));
  const taken = new Set<TextItem>();
  for (const table of unruledTables(loose)) {
    blocks.push({ top: table.top, unruled: table });
    for (const item of table.items) taken.add(item);
  }
  // A line's top is above its baseline by most of its size: a heading just above a table comes before it.
  for (const line of textLines(loose.filter((item) => !taken.has(item)))) {
    if (!isPageNumber(line, page)) blocks.push({ top: line.y + line.size * 0.8, loose: line });
  }
  return blocks.sort((a, b) => b.top - a.top);
}

/**
 * A table that goes on over a page break: a cell merged down several rows (a row group such as 三、本年度办理结果,
 * or （三）不予公开) is cut by the break, its first characters at the foot of one page and the rest at the head of
 * the next. The two parts are one cell again, where it started.
 */
function joinAcrossPages(before: Block[], after: Block[]): void {
  const lastUnruled = before[before.length - 1]?.unruled;
  const firstUnruled = after[0]?.unruled;
  if (lastUnruled && firstUnruled) joinUnruledAcrossPages(lastUnruled, firstUnruled);
  const last = before[before.length - 1]?.table;
  const first = after[0]?.table;
  if (!last || !first) return;
  if (Math.abs(last.box.left - first.box.left) > 2 * EPS || Math.abs(last.box.right - first.box.right) > 2 * EPS)
    return;
  dropRepeatedHeader(last, first);
  const [firstRow = []] = first.rows;
  const firstRowBottom = most(firstRow, (cell) => cell.box.bottom);
  const continued = new Set<Cell>();
  for (const cell of firstRow) {
    // Text that begins as a cell of its own (“（三）不予公开” merged down the next page's rows) starts a new cell,
    // even where the previous page ends with a cell of the same width (a label in its narrow first column).
    if (cell.box.bottom >= firstRowBottom - EPS || OWN_CELL.test(cell.text)) continue;
    const start = last.rows
      .flat()
      .find(
        (other) =>
          Math.abs(other.box.left - cell.box.left) <= EPS &&
          Math.abs(other.box.right - cell.box.right) <= EPS &&
          Math.abs(other.box.bottom - last.box.bottom) <= EPS,
      );
    if (!start) continue;
    start.text += cell.text;
    continued.add(cell);
  }
  first.rows[0] = firstRow.filter((cell) => !continued.has(cell));
}

/**
 * Word, WPS and LibreOffice print a table's header rows again at the head of each page it runs on to (w:tblHeader).
 * Rows at the head of the continued part that read as the rows the table began with are that header, printed twice:
 * they are dropped, or the reader would meet 第二十条第（一）项 and its column labels a second time with no rows
 * under them. A table over three pages is compared with where it began, not with its middle part.
 */
function dropRepeatedHeader(last: Table, first: Table): void {
  const opening = last.opening ?? last.rows.map(rowText);
  let repeated = 0;
  while (
    repeated < first.rows.length - 1 &&
    repeated < opening.length &&
    sameRow(rowText(first.rows[repeated]!), opening[repeated]!)
  ) {
    repeated += 1;
  }
  first.rows.splice(0, repeated);
  first.opening = opening;
}

const rowText = (row: readonly Cell[]): string[] => row.map((cell) => cell.text);
const sameRow = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.some((text) => text !== "") && a.every((text, i) => text === b[i]);

/** Cells grouped into tables (cells that share a border), each as rows of cells from the top, left to right. */
function tablesOf(cells: readonly Cell[]): Table[] {
  return connectedCells(cells).map((members) => {
    const tops = distinctDescending(members.map((cell) => cell.box.top));
    const rows = tops.map((top) =>
      members.filter((cell) => Math.abs(cell.box.top - top) <= EPS).sort((a, b) => a.box.left - b.box.left),
    );
    const box = {
      left: least(members, (cell) => cell.box.left),
      right: most(members, (cell) => cell.box.right),
      bottom: least(members, (cell) => cell.box.bottom),
      top: most(members, (cell) => cell.box.top),
    };
    return { box, rows };
  });
}

/**
 * A table's lines for the published-text reader. An empty cell in the label area (left of the first figure column)
 * is a merged label's span or a label column the row does not use, never a blank figure: it is left out, so that
 * （七）总计 written in one of two label columns still has its seven figures.
 */
function tableText(table: Table): string[] {
  const figureLeft = firstFigureLeft(table);
  return tableLines(
    [],
    table.rows.map((row): TextRow =>
      row
        .filter((cell) => cell.text !== "" || cell.box.right > figureLeft + EPS)
        .map((cell) => (cell.text === "" ? [] : [cell.text])),
    ),
  );
}

/**
 * Where the table's figure columns begin: the left edge of the first figure of the rows with two figures or more
 * (a row of one figure may stand in a cell spanning label columns); -Infinity for a table without such a row.
 */
function firstFigureLeft(table: Table): number {
  let left = Infinity;
  for (const row of table.rows) {
    const figures = row.filter((cell) => isFigureText(cell.text));
    if (figures.length >= 2)
      left = Math.min(
        left,
        least(figures, (cell) => cell.box.left),
      );
  }
  return left === Infinity ? -Infinity : left;
}

const overlap = (a0: number, a1: number, b0: number, b1: number): boolean => Math.min(a1, b1) - Math.max(a0, b0) > EPS;

/**
 * The cells in groups that touch one another (connected through touching cells), in the order of each group's last
 * cell. Each cell is compared only with the cells whose left edge is near its right edge or whose bottom edge is near
 * its top (touching is symmetric), found through an index of those edges, not with every other cell of the page.
 */
function connectedCells(cells: readonly Cell[]): Cell[][] {
  const parent = cells.map((_, n) => n);
  const root = (n: number): number => {
    while (parent[n] !== n) n = parent[n] = parent[parent[n]!]!;
    return n;
  };
  const bucket = (value: number) => Math.floor(value / EPS);
  // Lists grown in place: copying one on each addition made a big table's index quadratic.
  const index = (edge: (cell: Cell) => number) => {
    const byEdge = new Map<number, number[]>();
    cells.forEach((cell, n) => {
      const key = bucket(edge(cell));
      const list = byEdge.get(key);
      if (list) list.push(n);
      else byEdge.set(key, [n]);
    });
    return byEdge;
  };
  const lefts = index((cell) => cell.box.left);
  const bottoms = index((cell) => cell.box.bottom);
  cells.forEach((cell, n) => {
    for (const [byEdge, edge] of [
      [lefts, cell.box.right],
      [bottoms, cell.box.top],
    ] as const) {
      for (let key = bucket(edge) - 1; key <= bucket(edge) + 1; key++) {
        for (const other of byEdge.get(key) ?? []) if (touches(cell, cells[other]!)) parent[root(other)] = root(n);
      }
    }
  });
  // Each group with the position of its last cell (cells are added in order, so the last added is the last).
  const groups = new Map<number, { members: Cell[]; last: number }>();
  cells.forEach((cell, n) => {
    const group = groups.get(root(n));
    if (group) {
      group.members.push(cell);
      group.last = n;
    } else groups.set(root(n), { members: [cell], last: n });
  });
  return [...groups.values()].sort((a, b) => a.last - b.last).map((group) => group.members);
}

function touches(a: Cell, b: Cell): boolean {
  const { box: p } = a;
  const { box: q } = b;
  const sideBySide =
    (Math.abs(p.right - q.left) <= EPS || Math.abs(q.right - p.left) <= EPS) &&
    overlap(p.bottom, p.top, q.bottom, q.top);
  const stacked =
    (Math.abs(p.top - q.bottom) <= EPS || Math.abs(q.top - p.bottom) <= EPS) &&
    overlap(p.left, p.right, q.left, q.right);
  return sideBySide || stacked;
}

function distinctDescending(values: readonly number[]): number[] {
  const out: number[] = [];
  for (const value of [...values].sort((a, b) => b - a))
    if (out.length === 0 || out[out.length - 1]! - value > EPS) out.push(value);
  return out;
}

/**
 * Items on one baseline as a line, lines from the top. A wide gap (a column without borders) becomes a tab, as a
 * table copied without its grid.
 */
function textLines(items: readonly TextItem[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextItem[][] = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0]!.y - item.y) <= Math.max(line[0]!.size, item.size) * 0.5) line.push(item);
    else lines.push([item]);
  }
  return lines.map((line) => {
    line.sort((a, b) => a.x - b.x);
    let text = "";
    let right = -Infinity;
    for (const item of line) {
      const gap = item.x - right;
      if (text !== "") text += gap > item.size * 1.5 ? "\t" : gap > item.size * 0.25 ? " " : "";
      text += item.text;
      right = Math.max(right, item.x + item.width);
    }
    const first = line[0]!;
    return { y: first.y, left: first.x, right, size: most(line, (item) => item.size), text: tidy(text) };
  });
}

const WHITE_SPACE = /\s/;

/** Spaces as the text has them: none beside Chinese characters (PDF writers space CJK from digits), one elsewhere. */
function tidy(text: string): string {
  // Most runs have no white space at all (Chinese text, a figure): nothing to tidy.
  if (!WHITE_SPACE.test(text)) return text;
  return text
    .split("\t")
    .map((part) =>
      part
        .replace(/\s+/g, " ")
        .trim()
        .replace(/ (?=[\u3000-\u9fff\uff00-\uffef])|(?<=[\u3000-\u9fff\uff00-\uffef]) /g, ""),
    )
    .join("\t");
}

/** A page number: “-4-”, “— 2 —”, “第 3 页”, “3/12”, near the top or bottom edge of the page. */
const PAGE_NUMBER = /^[-—–－_·.\s]*(?:第\s*)?[0-9]{1,4}(?:\s*页)?(?:\s*[/／]\s*[0-9]{1,4})?(?:\s*页)?[-—–－_·.\s]*$/;
const isPageNumber = (line: Line, page: PdfPage): boolean =>
  PAGE_NUMBER.test(line.text) && (line.y < page.height * 0.12 || line.y > page.height * 0.9);

/**
 * The lines of every page, a paragraph's wrapped lines joined again: a line that reaches the right edge of the text
 * is continued by the next in the same size just below it, or at the head of the next page.
 */
function joinWrapped(pageBlocks: readonly Block[][], edges: Edges): string[] {
  const out: string[] = [];
  let previous: Line | undefined;
  for (const blocks of pageBlocks) {
    blocks.forEach((block, n) => {
      const line = block.loose;
      if (line && previous && continues(previous, line, edges, n === 0)) out[out.length - 1] += line.text;
      else if (line) out.push(line.text);
      else if (block.table) for (const text of tableText(block.table)) out.push(text);
      else if (block.unruled) for (const text of unruledText(block.unruled)) out.push(text);
      previous = line;
    });
  }
  return out;
}

/** An unruled table's lines for the published-text reader: its header's cells, then its rows. */
const unruledText = (table: UnruledTable): string[] =>
  tableLines([], [...table.header.map((row): TextRow => row.map((cell) => [cell])), ...table.rows.map(textRowOf)]);

/** The left and right edges of the document's text. */
type Edges = { left: number; right: number };

/** How a heading or a numbered item starts: it begins a line of its own, never continues one. */
const OUTLINE = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+[.、．])/u;

/** Whether a line is centred between the edges (a title). */
const centred = (line: Line, edges: Edges): boolean =>
  Math.abs((line.left + line.right) / 2 - (edges.left + edges.right) / 2) < line.size * 1.5;

/**
 * Whether `line` continues `previous`: the previous line reaches the right edge, this one is not indented (a first
 * line) unless both are centred (a long title), nor a heading, in the same size, and just below (or at the head of
 * the next page).
 */
const continues = (previous: Line, line: Line, edges: Edges, newPage: boolean): boolean =>
  previous.right >= edges.right - previous.size * 1.5 &&
  (line.left <= edges.left + line.size * 0.8 || (centred(previous, edges) && centred(line, edges))) &&
  !OUTLINE.test(line.text) &&
  Math.abs(previous.size - line.size) < 0.5 &&
  (newPage || (previous.y > line.y && previous.y - line.y < previous.size * 2)) &&
  !previous.text.includes("\t") &&
  !line.text.includes("\t");
