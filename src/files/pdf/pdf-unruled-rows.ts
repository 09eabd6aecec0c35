import type { TextRow } from "../text/table-lines";
import type { TextItem } from "./pdf-content";
import { columnsOf, placed } from "./pdf-unruled-columns";
import { headerCells } from "./pdf-unruled-header";
import { distinctLefts, figuresOf, nearestLeft, runsOf, SAME_LEFT, stackedRuns, type Line } from "./pdf-unruled-lines";

// The rows of a table printed without ruling lines: each data line's figures, and the label text left of them
// given to the row it belongs to (a label's wrapped lines joined; text in a column of its own is a cell of its own).

/** A row: its label cells (where each starts) and its figure cells. */
export type UnruledRow = { labels: { left: number; text: string }[]; figures: string[][] };
/**
 * A table found: its top (for the page's order), its header's rows of cells (words wrapped in a narrow column
 * rejoined), its rows, and the items it took.
 */
export type UnruledTable = { top: number; header: string[][]; rows: UnruledRow[]; items: Set<TextItem> };

/** How a cell of its own begins: a heading or an item number (“三、”, “（五）”, “1.”). */
export const OWN_CELL = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+[.、．])/u;

/** A table from its lines (`region`), its data lines (`anchors`, one a row) and the header lines above them. */
export function tableOf(region: readonly Line[], anchors: readonly Line[], headerLines: readonly Line[]): UnruledTable {
  const columns = columnsOf(anchors.flatMap((line) => figuresOf(line)!));
  const nearestAnchor = (y: number): Line =>
    anchors.reduce((best, candidate) => (Math.abs(candidate.y - y) < Math.abs(best.y - y) ? candidate : best));
  const labels = region.flatMap((line) => line.items.slice(0, line.items.length - (figuresOf(line)?.length ?? 0)));
  const lefts = distinctLefts(labels);
  const rowLabelLeft = lefts[lefts.length - 1];
  // Cells of each row by label column: the row labels (the column nearest the figures) to the data line nearest
  // them, a numbered label (1.申请人…) whole by its middle, since its figures stand beside its middle line and its
  // last lines may be nearer the next row's figures, other labels line by line; text in a column further left runs
  // down a merged cell (三、本年度办理结果 a few characters a line), so each run of stacked lines is one cell, in the
  // row where it starts.
  const cells = new Map<Line, Map<number, TextItem[]>>(anchors.map((line) => [line, new Map()]));
  const put = (anchor: Line, left: number, items: readonly TextItem[]) => {
    const row = cells.get(anchor)!;
    row.set(left, [...(row.get(left) ?? []), ...items]);
  };
  for (const left of lefts) {
    const inColumn = labels.filter((item) => nearestLeft(lefts, item.x) === left).sort((a, b) => b.y - a.y);
    if (left === rowLabelLeft) {
      for (const label of stackedRuns(inColumn).flatMap(numberedLabels)) {
        const middle = (label[0]!.y + label[label.length - 1]!.y) / 2;
        if (OWN_CELL.test(label[0]!.text.trim())) put(nearestAnchor(middle), left, label);
        else for (const item of label) put(nearestAnchor(item.y), left, [item]);
      }
      continue;
    }
    for (const run of stackedRuns(inColumn)) put(nearestAnchor(run[0]!.y), left, run);
  }
  const rows = anchors.map((anchor): UnruledRow => {
    const row = cells.get(anchor)!;
    const labelCells = lefts
      .map((left) => ({
        left,
        text: (row.get(left) ?? [])
          .sort((a, b) => b.y - a.y || a.x - b.x)
          .map((item) => item.text.trim())
          .join(""),
      }))
      .filter((cell) => cell.text !== "");
    const figures = figuresOf(anchor)!;
    return { labels: labelCells, figures: placed(figures, columns) ?? figures.map((item) => [item.text.trim()]) };
  });
  const all = [...headerLines, ...region];
  const taken = new Set(all.flatMap((line) => line.items.flatMap(runsOf)));
  const top = Math.max(...all.map((line) => line.y + line.size * 0.8));
  return { top, header: headerCells(headerLines), rows, items: taken };
}

/** A run of stacked lines cut where a label begins with its own number: a label's lines, or unnumbered lines. */
function numberedLabels(run: readonly TextItem[]): TextItem[][] {
  const labels: TextItem[][] = [];
  for (const item of run) {
    const last = labels[labels.length - 1];
    if (last && !OWN_CELL.test(item.text.trim())) last.push(item);
    else labels.push([item]);
  }
  return labels;
}

/** A row as the table reader takes it: its label cells, then its figure cells. */
export const textRowOf = (row: UnruledRow): TextRow => [...row.labels.map((cell) => [cell.text]), ...row.figures];

/**
 * A table that goes on over a page break: the text of a merged cell down the side (（五）不予处理) cut by the
 * break, its first characters at the foot of one page and the rest at the head of the next, is one cell again,
 * where it started. Text that begins as a cell of its own (“（六）其他处理”) starts a new cell.
 */
export function joinUnruledAcrossPages(before: UnruledTable, after: UnruledTable): void {
  const [first] = after.rows;
  if (!first || first.labels.length < 2) return;
  const [head] = first.labels;
  if (!head || OWN_CELL.test(head.text)) return;
  for (let n = before.rows.length - 1; n >= 0; n--) {
    const start = before.rows[n]!.labels.find((cell) => Math.abs(cell.left - head.left) <= SAME_LEFT);
    if (!start) continue;
    start.text += head.text;
    first.labels.shift();
    return;
  }
}
