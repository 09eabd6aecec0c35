// A table as copied text, whatever file it came from (a page's <table>, a Word table, cells rebuilt from a PDF):
// each cell on its own line with a tab in front, row after row, a blank line after each row. Text inside a cell
// keeps its line breaks, untabbed, as a browser copies “本年新<br>制作数量”. The published-text reader reads this.

/** One row of a table: each cell as the lines of text it shows (an empty cell has none). */
export type TextRow = readonly (readonly string[])[];

/** What the published-text reader reads as “not applicable”: counted as 0 and reported as a blank. */
const BLANK_FIGURE = "—";

/** A figure as published: a number, maybe signed, padded or with its unit, or a “not applicable” placeholder. */
const FIGURE = /^[+\-−]?[0-9][0-9,.]*\s*(?:件|项|个|元|万元)?$|^(?:\/|-|—|——|--|－|不适用|无)$/u;
export const isFigureText = (text: string): boolean => FIGURE.test(text.normalize("NFKC").replace(/\s+/gu, ""));

/** The lines of a table: its caption's lines, then each row's cells. */
export function tableLines(caption: readonly string[], rows: readonly TextRow[]): string[] {
  const lines = [...caption];
  for (const row of rows) {
    for (const cell of withBlankFigures(row)) {
      const [first = "", ...rest] = cell;
      lines.push(`\t${first}`);
      for (const line of rest) lines.push(line);
    }
    lines.push("");
  }
  return lines;
}

/**
 * A row with each empty cell among figures written as “not applicable”, so that the figures after it keep their
 * columns: copied text loses a blank cell, and the reader would count one figure too few. An empty cell before a
 * row's label (a label column the row does not use) is not a figure and stays empty.
 */
function withBlankFigures(row: TextRow): (readonly string[])[] {
  const filled = row.map((lines) => lines.join(""));
  const first = filled.findIndex((text) => text !== "");
  if (first < 0 || !filled.some(isFigureText)) return [...row];
  const allFigures = isFigureText(filled[first] ?? "");
  return row.map((lines, n) => (lines.length === 0 && (allFigures || n > first) ? [BLANK_FIGURE] : lines));
}
