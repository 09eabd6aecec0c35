import type { TableDef } from "../model";

// Text copied from a web page loses the table: cells become tokens separated by tabs, newlines, blank lines,
// spaces or “|”, and a label may be broken anywhere (“本年新\n制作数量”, “商业\n企业”).

/** A label or heading as compared: NFKC, no whitespace, and “，” read as “、” (copies of the 2021 （六） items differ). */
export function labelKey(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "").replace(/[,、]/g, "、");
}

const SEPARATOR = /[\s|｜]+/u;
const UNIT_ONLY = /^(?:件|项|个|元|万元)$/;

/** The non-empty pieces of some lines; a unit split off its number (“850 万元”) is joined back to it. */
export function tokenize(lines: readonly string[]): string[] {
  const tokens: string[] = [];
  for (const piece of lines.join("\n").split(SEPARATOR)) {
    if (piece === "") continue;
    const last = tokens.at(-1);
    if (last !== undefined && UNIT_ONLY.test(piece) && /\d$/.test(last.normalize("NFKC"))) {
      tokens[tokens.length - 1] = last + piece;
    } else {
      tokens.push(piece);
    }
  }
  return tokens;
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

/** A run of tokens that spells a known label, or a single token that does not. */
export type Item = { kind: "label"; key: string } | { kind: "raw"; text: string };

/** Labels to look for, with their prefixes so a scan knows when to stop joining tokens. */
export type LabelSet = { keys: ReadonlySet<string>; prefixes: ReadonlySet<string> };

export function labelSet(labels: readonly string[]): LabelSet {
  const keys = new Set(labels.map(labelKey));
  const prefixes = new Set(
    [...keys].flatMap((key) => Array.from({ length: key.length }, (_, n) => key.slice(0, n + 1))),
  );
  return { keys, prefixes };
}

/** Tokens with every known label found: at each place the longest run of whole tokens that spells a label wins. */
export function markLabels(tokens: readonly string[], labels: LabelSet): Item[] {
  const items: Item[] = [];
  let i = 0;
  while (i < tokens.length) {
    let joined = "";
    let match: { key: string; end: number } | undefined;
    for (let j = i; j < tokens.length; j++) {
      joined += labelKey(tokens[j] ?? "");
      if (!labels.prefixes.has(joined)) break;
      if (labels.keys.has(joined)) match = { key: joined, end: j + 1 };
    }
    if (match) {
      items.push({ kind: "label", key: match.key });
      i = match.end;
    } else {
      items.push({ kind: "raw", text: tokens[i] ?? "" });
      i += 1;
    }
  }
  return items;
}
