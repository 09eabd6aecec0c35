import type { TableDef } from "../model";

// Text copied from a web page loses the table: cells become tokens separated by tabs, newlines, blank lines,
// spaces or “|”, and a label may be broken anywhere (“本年新\n制作数量”, “商业\n企业”). A cell that is there but
// empty must keep its place, so separators that mark one (“|” alone, “| |”, a tab between tabs) become blanks.

/** A label or heading as compared: NFKC, no whitespace, and “，” read as “、” (copies of the 2021 （六） items differ). */
export function labelKey(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "").replace(/[,、]/g, "、");
}

/**
 * A piece of copied table text: words or a figure; a cell shown empty by its separators; or empty lines
 * (weak: between rows in most copies, an empty cell in some).
 */
export type Token =
  { kind: "text"; text: string; line: number } | { kind: "blank"; line: number } | { kind: "gap"; lines: number };

const BAR = /[|｜]/u;
const UNIT_ONLY = new Set(["件", "项", "个", "元", "万元"]);
/** Brackets longer than this are not merged across tokens: a label's explanation is never longer. */
const MAX_BRACKET = 200;

/** How a copy writes cells with bars: “| a | b |” (bordered) or “a | b |” (each cell ended by its bar). */
type BarStyle = "bordered" | "terminated";

function barStyle(lines: readonly string[]): BarStyle {
  let withBars = 0;
  let ended = 0;
  for (const line of lines) {
    const trimmed = line.trim();
    if (!BAR.test(trimmed) || trimmed.replace(/[|｜\s]/gu, "") === "") continue;
    withBars += 1;
    if (!BAR.test(trimmed[0] ?? "") && BAR.test(trimmed.at(-1) ?? "")) ended += 1;
  }
  // “label | 3 |” lines: each cell ends with its bar, so a bar starting a line ends an empty cell.
  return ended * 4 >= withBars && ended > 0 ? "terminated" : "bordered";
}

/** The tokens of some lines of copied text, in order. */
export function tokenize(lines: readonly string[]): Token[] {
  const style = barStyle(lines);
  const tokens: Token[] = [];
  const push = (token: Token): void => {
    const last = tokens.at(-1);
    if (token.kind === "gap" && last?.kind === "gap") last.lines += token.lines;
    else if (token.kind === "text" && last?.kind === "text" && joinsPrevious(last.text, token.text))
      last.text += token.text;
    else tokens.push(token);
  };
  lines.forEach((line, index) => {
    for (const token of lineTokens(line, style, index)) push(token);
  });
  return mergeBrackets(tokens);
}

/** A unit split off its number (“850 万元”) is joined back to it. */
function joinsPrevious(last: string, piece: string): boolean {
  return UNIT_ONLY.has(piece) && /\d$/.test(last.normalize("NFKC"));
}

function lineTokens(line: string, style: BarStyle, index: number): Token[] {
  const trimmed = line.trim();
  const cellsOf = (cells: string[]): Token[] => cells.flatMap((cell) => cellTokens(cell, index));
  if (trimmed === "") return line.includes("\t") ? [{ kind: "blank", line: index }] : [{ kind: "gap", lines: 1 }];
  if (BAR.test(trimmed)) return cellsOf(barCells(trimmed, style));
  if (line.includes("\t")) {
    const cells = line.split("\t");
    while (cells[0]?.trim() === "") cells.shift();
    return cellsOf(cells);
  }
  return cellsOf([trimmed]);
}

/** The cells a line with bars shows; a line of bars alone is one empty cell per space between bars, at least one. */
function barCells(trimmed: string, style: BarStyle): string[] {
  const cells = trimmed.split(BAR);
  if (cells.every((cell) => cell.trim() === "")) {
    const count = style === "bordered" ? cells.length - 2 : cells.length - 1;
    return Array.from({ length: Math.max(1, count) }, () => "");
  }
  if (cells.at(-1)?.trim() === "") cells.pop();
  if (style === "bordered" && cells[0]?.trim() === "") cells.shift();
  return cells;
}

/** One cell's text: words split by spaces (joined again when they spell a label), or a blank. */
function cellTokens(cell: string, line: number): Token[] {
  const pieces = cell.split(/\s+/u).filter((piece) => piece !== "");
  return pieces.length === 0 ? [{ kind: "blank", line }] : pieces.map((text) => ({ kind: "text", text, line }));
}

const opens = (text: string): number => {
  let depth = 0;
  for (const char of text.normalize("NFKC")) {
    if (char === "(") depth += 1;
    else if (char === ")") depth = Math.max(0, depth - 1);
  }
  return depth;
};

/** Text in brackets broken over lines or spaces (“（数据增减用负数表示，如\n-8）”) is one token again. */
function mergeBrackets(tokens: Token[]): Token[] {
  const merged: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    i += 1;
    if (!token) continue;
    if (token.kind !== "text" || opens(token.text) === 0) {
      merged.push(token);
      continue;
    }
    let text = token.text;
    let j = i;
    while (j < tokens.length && opens(text) > 0 && text.length <= MAX_BRACKET) {
      const next = tokens[j];
      if (next?.kind === "text") text += next.text;
      else if (next?.kind === "blank") break;
      j += 1;
    }
    if (opens(text) === 0 && text.length <= MAX_BRACKET) {
      merged.push({ kind: "text", text, line: token.line });
      i = j;
    } else {
      merged.push(token);
    }
  }
  return merged;
}

/** Every label a table prints (title, headings, header cells, row labels and their groups), verbatim. */
export function labelsOfTable(table: TableDef): string[] {
  const labels = [table.title, ...(table.titleVariants ?? []), table.caption];
  for (const section of table.sections) {
    labels.push(section.heading, section.corner, section.columnsHeading);
    for (const line of [...section.columns, ...section.rows]) labels.push(line.label, ...(line.groups ?? []));
  }
  return labels.filter((label): label is string => label !== undefined);
}
