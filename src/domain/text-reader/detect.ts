import type { FormatId } from "../model";
import { formats, type FormatDef } from "../tables/formats";
import type { ReportParts } from "./sections";
import { labelKey, labelSet, labelsOfTable, markLabels, tokenize } from "./tokens";

const formatList = Object.values(formats);

const labelsOfFormat = (format: FormatDef): Set<string> => new Set(format.tables.flatMap(labelsOfTable).map(labelKey));

/** Labels only one format prints (2019: 本年新制作数量, 上一年项目数量 …; 2021: 本年制发件数, 现行有效件数 …). */
const distinctive = formatList.map((format) => {
  const others = formatList.filter((f) => f !== format).flatMap((f) => [...labelsOfFormat(f)]);
  return { id: format.id, keys: [...labelsOfFormat(format)].filter((key) => !others.includes(key)) };
});

const allLabels = labelSet(formatList.flatMap((format) => format.tables.flatMap(labelsOfTable)));

const tableIds = new Set(formatList.flatMap((format) => format.tables.map((table) => table.id)));

/** The format whose own labels the tables (二、三、四) use most, or undefined when none or a tie. */
export function detectFormat(parts: ReportParts["parts"]): FormatId | undefined {
  const lines = [...tableIds].flatMap((id) => parts[id] ?? []);
  const found = new Set(
    markLabels(tokenize(lines), allLabels).flatMap((item) => (item.kind === "label" ? [item.key] : [])),
  );
  const scores = distinctive
    .map(({ id, keys }) => ({ id, score: keys.filter((key) => found.has(key)).length }))
    .sort((a, b) => b.score - a.score);
  const [best, second] = scores;
  if (!best || best.score === 0 || best.score === second?.score) return undefined;
  return best.id;
}

// “某市某局2025年政府信息公开工作年度报告”, “2025年度某市某局政府信息公开工作年度报告”, or no year at all.
const TITLES = [
  /^(?<body>.*?)(?<year>[0-9０-９]{4})\s*年度?\s*政府信息公开工作年度报告/,
  // The body is trimmed after: a \s* before it would overlap .*? and backtrack quadratically.
  /^(?<year>[0-9０-９]{4})\s*年度?(?<body>.*?)政府信息公开工作年度报告/,
  /^(?<body>.*?)政府信息公开工作年度报告/,
];

/** The body and year named by the report's title line, the first line that reads as one. */
export function readTitle(head: readonly string[]): { body: string; year?: number } {
  for (const line of head.map((l) => l.trim())) {
    for (const pattern of TITLES) {
      const groups = pattern.exec(line)?.groups;
      if (!groups) continue;
      const body = (groups.body ?? "").trim();
      return groups.year ? { body, year: Number(groups.year.normalize("NFKC")) } : { body };
    }
  }
  return { body: "" };
}

/**
 * The year section 一 is about (“2019年，我局…”): the year it names most often, the latest of a tie,
 * since older years there are usually past events (“2008年施行的条例”).
 */
export function yearInProse(prose: string): number | undefined {
  const counts = new Map<number, number>();
  for (const match of prose.normalize("NFKC").matchAll(/(?<!\d)(20\d\d)\s*年/g)) {
    const year = Number(match[1]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
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
