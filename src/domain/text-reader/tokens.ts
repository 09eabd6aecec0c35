import type { TableDef } from "../model";
import { isPageNumberLine } from "./page-number";

// Text copied from a web page loses the table: cells become tokens separated by tabs, newlines, blank lines,
// spaces or “|”, and a label may be broken anywhere (“本年新\n制作数量”, “商业\n企业”). A cell that is there but
// empty must keep its place, so separators that mark one (“|” alone, “| |”, a tab between tabs) become blanks.

/**
 * A label or heading as compared: NFKC, no whitespace, “，” read as “、” (copies of the 2021 （六） items differ), and
 * an enumeration “1、” read as the official “1.” (PDFs and Word documents number items so).
 */
export function labelKey(text: string): string {
  if (isKeyAlready(text)) return text;
  const key = text.normalize("NFKC").replace(/\s+/g, "").replace(/[,、]/g, "、");
  return key.includes("、") ? key.replace(/(^|[^0-9])([0-9])、/g, "$1$2.") : key;
}

/**
 * Whether a text is its own key: ASCII without spaces or commas, and CJK ideographs (U+4E00–U+9FFF), which NFKC
 * leaves as they are. Most pieces of a table (figures, words) are; checking costs a fraction of normalising.
 */
function isKeyAlready(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x20 && code < 0x7f ? code === 0x2c : code < 0x4e00 || code > 0x9fff) return false;
  }
  return true;
}

/**
 * A piece of copied table text: words or a figure; a cell shown empty by its separators; or empty lines
 * (weak: between rows in most copies, an empty cell in some).
 */
export type Token =
  { kind: "text"; text: string; line: number } | { kind: "blank"; line: number } | { kind: "gap"; lines: number };

const BAR = /[|｜]/u;
const hasBar = (text: string): boolean => text.includes("|") || text.includes("｜");
/** Whether a line holds something besides bars and spaces (a scan that stops at the first such character). */
function hasContent(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? "";
    if (char !== "|" && char !== "｜" && !isSpace(text.charCodeAt(i))) return true;
  }
  return false;
}
const UNIT_ONLY = new Set(["件", "项", "个", "元", "万元"]);
/**
 * No table has more pieces than this (the longest has a few hundred): a text with more is cut here, so that a hostile
 * or broken file costs bounded time and memory. Readers say when a table was cut.
 */
export const MAX_TOKENS = 20_000;
/** Brackets longer than this are not merged across tokens: a label's explanation is never longer. */
const MAX_BRACKET = 200;

/** How a copy writes cells with bars: “| a | b |” (bordered) or “a | b |” (each cell ended by its bar). */
type BarStyle = "bordered" | "terminated";

function barStyle(lines: readonly string[]): BarStyle {
  let withBars = 0;
  let ended = 0;
  for (const line of lines) {
    const trimmed = line.trim();
    if (!hasBar(trimmed) || !hasContent(trimmed)) continue;
    withBars += 1;
    if (!hasBar(trimmed[0] ?? "") && hasBar(trimmed.at(-1) ?? "")) ended += 1;
  }
  // “label | 3 |” lines: each cell ends with its bar, so a bar starting a line ends an empty cell.
  return ended * 4 >= withBars && ended > 0 ? "terminated" : "bordered";
}

/** The tokens of some lines of copied text, in order; at most MAX_TOKENS of them. */
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
  for (let index = 0; index < lines.length && tokens.length < MAX_TOKENS; index++) {
    const line = lines[index] ?? "";
    // A page's footer between two rows of a table crossing pages is no cell of it.
    if (isPageNumberLine(line)) continue;
    for (const token of lineTokens(line, style, index)) push(token);
  }
  return mergeBrackets(tokens.slice(0, MAX_TOKENS));
}

/** A unit split off its number (“850 万元”) is joined back to it. */
function joinsPrevious(last: string, piece: string): boolean {
  return UNIT_ONLY.has(piece) && /\d$/.test(last.normalize("NFKC"));
}

function lineTokens(line: string, style: BarStyle, index: number): Token[] {
  const trimmed = line.trim();
  const cellsOf = (cells: string[]): Token[] => {
    const tokens: Token[] = [];
    for (const cell of cells) for (const token of cellTokens(cell, index)) tokens.push(token);
    return tokens;
  };
  if (trimmed === "") return line.includes("\t") ? [{ kind: "blank", line: index }] : [{ kind: "gap", lines: 1 }];
  if (hasBar(trimmed)) return cellsOf(barCells(trimmed, style));
  if (line.includes("\t")) {
    const cells = splitAtTabs(line);
    while (cells[0]?.trim() === "") cells.shift();
    return cellsOf(cells);
  }
  return cellsOf([trimmed]);
}

/** `line.split("\t", MAX_TOKENS)`, without the engine's general split: a copied table has a tab on most lines. */
function splitAtTabs(line: string): string[] {
  const cells: string[] = [];
  for (let start = 0; cells.length < MAX_TOKENS;) {
    const tab = line.indexOf("\t", start);
    cells.push(line.slice(start, tab < 0 ? line.length : tab));
    if (tab < 0) break;
    start = tab + 1;
  }
  return cells;
}

/** The cells a line with bars shows; a line of bars alone is one empty cell per space between bars, at least one. */
function barCells(trimmed: string, style: BarStyle): string[] {
  const cells = trimmed.split(BAR, MAX_TOKENS);
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
  const tokens: Token[] = [];
  // Words are what lies between runs of \s: one scan of the characters, linear on any input.
  for (let start = firstAt(cell, 0, false); start >= 0 && tokens.length < MAX_TOKENS;) {
    const end = firstAt(cell, start, true);
    tokens.push({ kind: "text", text: cell.slice(start, end < 0 ? cell.length : end), line });
    start = end < 0 ? -1 : firstAt(cell, end, false);
  }
  return tokens.length === 0 ? [{ kind: "blank", line }] : tokens;
}

/** Where the first character from `from` that is (or is not) what \s matches stands, or -1. */
function firstAt(text: string, from: number, space: boolean): number {
  for (let i = from; i < text.length; i++) if (isPatternSpace(text.charCodeAt(i)) === space) return i;
  return -1;
}

/** Exactly what \s matches: isSpace without U+0085 (NEL), which it also counts as a space. */
const isPatternSpace = (code: number): boolean => code !== 0x85 && isSpace(code);

/** What \s matches (ASCII and Unicode spaces, the full-width space U+3000 and the BOM among them), and U+0085. */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0x85) return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** How many brackets are open after a text, starting from `depth` open. */
const opens = (text: string, depth = 0): number => {
  if (text.length > MAX_BRACKET || !/[()（）]/u.test(text)) return depth;
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
  // Tokens a failed merge has looked at are not tried again: each token is scanned a bounded number of times.
  let scanned = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    i += 1;
    if (!token) continue;
    let depth = token.kind === "text" && i > scanned ? opens(token.text) : 0;
    if (token.kind !== "text" || depth === 0) {
      merged.push(token);
      continue;
    }
    let text = token.text;
    let j = i;
    while (j < tokens.length && depth > 0 && text.length <= MAX_BRACKET) {
      const next = tokens[j];
      if (next?.kind === "blank") break;
      if (next?.kind === "text") {
        text += next.text;
        depth = opens(next.text, depth);
      }
      j += 1;
    }
    if (depth === 0 && text.length <= MAX_BRACKET) {
      merged.push({ kind: "text", text, line: token.line });
      i = j;
    } else {
      merged.push(token);
      scanned = j;
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
