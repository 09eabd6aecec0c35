import type { FormatId } from "../model";
import { formats, type FormatDef } from "../tables/formats";
import { labelSet, markLabels } from "./label-match";
import { labelKey, labelsOfTable, type Token } from "./tokens";

const formatList = Object.values(formats);

const labelsOfFormat = (format: FormatDef): Set<string> => new Set(format.tables.flatMap(labelsOfTable).map(labelKey));

/** Labels only one format prints (2019: 本年新制作数量, 上一年项目数量 …; 2021: 本年制发件数, 现行有效件数 …). */
const distinctive = formatList.map((format) => {
  const others = formatList.filter((f) => f !== format).flatMap((f) => [...labelsOfFormat(f)]);
  return { id: format.id, keys: [...labelsOfFormat(format)].filter((key) => !others.includes(key)) };
});

const allLabels = labelSet(formatList.flatMap((format) => format.tables.flatMap(labelsOfTable)));

/** The format whose own labels the tables (二、三、四) use most, or undefined when none or a tie. */
export function detectFormat(tables: readonly (readonly Token[])[]): FormatId | undefined {
  const found = new Set<string>();
  for (const tokens of tables)
    for (const item of markLabels(tokens, allLabels)) if (item.kind === "label") found.add(item.key);
  const scores = distinctive
    .map(({ id, keys }) => ({ id, score: keys.filter((key) => found.has(key)).length }))
    .sort((a, b) => b.score - a.score);
  const [best, second] = scores;
  if (!best || best.score === 0 || best.score === second?.score) return undefined;
  return best.id;
}

/** How titles name the report, longest first (“…政府信息公开工作年度报告”, “关于…政府信息公开工作的年度报告”). */
const TITLE_WORDS = [
  "政府信息公开工作年度报告",
  "政府信息公开工作的年度报告",
  "政府信息公开年度报告",
  "政府信息公开工作年报",
];
/** A title line is short; longer lines are prose that mentions the report. */
const MAX_TITLE = 120;

const CHINESE_DIGITS = "〇一二三四五六七八九";

/** “二〇二二” → “2022” (a year in a title written in Chinese numerals). */
const chineseYear = (text: string): string =>
  [...text]
    .map((char) => String(Math.max(0, CHINESE_DIGITS.indexOf(char === "○" || char === "零" ? "〇" : char))))
    .join("");

const isDigit = (char: string | undefined): boolean => char !== undefined && char >= "0" && char <= "9";

/** The body and year of one line that reads as a title, or undefined. */
function titleOf(line: string): { body: string; year?: number } | undefined {
  if (line.length > MAX_TITLE) return undefined;
  const text = line.normalize("NFKC").replace(/\s+/g, "");
  const at = TITLE_WORDS.map((words) => text.indexOf(words)).find((index) => index >= 0);
  if (at === undefined) return undefined;
  // Breadcrumbs (“首页 > 信息公开 > ”) and “来源：” labels are not part of the body.
  let before = text.slice(0, at).replace(/[〇○零一二三四五六七八九]{4}(?=年)/gu, chineseYear);
  const crumb = Math.max(...[">", "》", ":", "/"].map((mark) => before.lastIndexOf(mark)));
  if (crumb >= 0) before = before.slice(crumb + 1);
  // “某市某局2025年” or “2025年度某市某局”: four digits followed by 年.
  for (let i = 0; i + 4 < before.length + 1; i++) {
    const digits = before.slice(i, i + 4);
    if (!/^\d{4}$/.test(digits) || isDigit(before[i - 1]) || before[i + 4] !== "年") continue;
    const end = before[i + 5] === "度" ? i + 6 : i + 5;
    const body = (before.slice(0, i) + before.slice(end)).replace(/^关于/u, "");
    return { body, year: Number(digits) };
  }
  return { body: before.trim() };
}

/** Whether a line reads as a report's title (“…政府信息公开工作年度报告”). */
export const isTitleLine = (line: string): boolean => titleOf(line.trim()) !== undefined;

/**
 * The body and year named by the report's title line: the first line with a year that reads as one, else the first
 * that names a body; a body named on the line above a title without one (“盐边县某镇人民政府” / “关于2021年度…”).
 */
export function readTitle(head: readonly string[]): { body: string; year?: number } {
  let found: { body: string; year?: number } | undefined;
  let above = "";
  for (const line of head) {
    const title = titleOf(line.trim());
    if (title && title.body === "" && above !== "" && !isTitleLine(above)) title.body = bodyLine(above);
    if (title?.year !== undefined) return title;
    if (title && (found === undefined || found.body === "")) found = title;
    if (line.trim() !== "") above = line.trim();
  }
  return found ?? { body: "" };
}

/** A line that names only a body (short, no sentence punctuation), or “”. */
const bodyLine = (line: string): string =>
  line.length <= 30 && !/[，。：:；、]/u.test(line) ? line.replace(/\s+/gu, "") : "";

/** The first “20xx” standing alone (not part of a longer number) at or after `from` and before `to`. */
function yearAt(text: string, from: number, to: number): number | undefined {
  for (let i = from; i + 4 <= Math.min(to, text.length); i++) {
    if (text[i] !== "2" || text[i + 1] !== "0" || isDigit(text[i - 1]) || isDigit(text[i + 4])) continue;
    if (isDigit(text[i + 2]) && isDigit(text[i + 3])) return Number(text.slice(i, i + 4));
  }
  return undefined;
}

/** The year of the statistics period (“本报告所列数据统计期限自2022年1月1日起…”), wherever the report says it. */
export function periodYear(text: string): number | undefined {
  for (const words of ["统计期限", "统计时限", "统计期间", "统计时间"]) {
    const at = text.indexOf(words);
    if (at < 0) continue;
    const from = at + words.length;
    const year = yearAt(text.slice(from, from + 40).normalize("NFKC"), 0, 40);
    if (year !== undefined) return year;
  }
  return undefined;
}

/** The one report year a file's name or address names (“2022年度报告.txt”, “…/t20230115_1.html” names none). */
export function yearInFileName(fileName: string | undefined): number | undefined {
  if (!fileName) return undefined;
  const name = fileName.normalize("NFKC").split(/[\\/]/).at(-1) ?? "";
  const years = new Set<number>();
  for (let i = 0; i < name.length; i++) {
    const year = yearAt(name, i, i + 4);
    if (year !== undefined && year >= 2019) years.add(year);
  }
  return years.size === 1 ? [...years][0] : undefined;
}

/**
 * The year section 一 is about (“2019年，我局…”): the year it names most often, the latest of a tie,
 * since older years there are usually past events (“2008年施行的条例”).
 */
export function yearInProse(prose: string): number | undefined {
  const counts = new Map<number, number>();
  const text = prose.normalize("NFKC");
  // One pass, no regular expression: section 一 is user text and may be anything (issue 11).
  for (let i = text.indexOf("20"); i >= 0; i = text.indexOf("20", i + 1)) {
    const year = yearAt(text, i, i + 4);
    if (year === undefined) continue;
    let after = i + 4;
    while (after < i + 8 && /\s/u.test(text[after] ?? "")) after += 1;
    if (text[after] === "年") counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const ranked = [...counts].sort(([yearA, countA], [yearB, countB]) => countB - countA || yearB - yearA);
  return ranked[0]?.[0];
}

/** Whether a format is the official one for a report year (2019 format: 2019–2020). */
export function formatFitsYear(format: FormatDef, year: number): boolean {
  return year >= format.firstYear && (format.lastYear === undefined || year <= format.lastYear);
}

/** The official format of a report year, or undefined for years before the 2019 format. */
export function formatOfYear(year: number): FormatId | undefined {
  return formatList.find((format) => formatFitsYear(format, year))?.id;
}
