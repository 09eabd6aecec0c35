import type { CellRef, Finding, FormatId, NotChecked, Report, SectionKey } from "../model";
import { unreadTest } from "../cells";
import { formats } from "../tables/formats";
import { valueAt } from "../values";
import { parseQuotedNumber } from "./chinese-numbers";
import { clausesOf, normalizeDigits, sentencesOf } from "./clauses";
import { quotedFigures, type FigureReading, type QuotedFigureDef } from "./cues.zh-CN";
import { clipQuote } from "./bound-findings";
import { phraseStart } from "./phrase-match";
import { rememberRecent } from "./recent-texts";
import { afterLastNumber, quotedNumbers } from "./quoted-numbers";

/** A quoted number tied to one figure of the table, with the words that tie it. */
export type TiedFigure = { figure: QuotedFigureDef; quote: string; value: number };

/** The one figure a lead names and the phrase that names it; undefined when it names none or several. */
function findNamedFigure(
  figures: readonly QuotedFigureDef[],
  lead: string,
  previousFamily: string | undefined,
): { figure: QuotedFigureDef; phrase: string } | undefined {
  const named = figures.filter((f) => f.marker.test(lead));
  const figure = named[0];
  if (named.length !== 1 || !figure) return undefined;
  const start = phraseStart(figure.phrase, lead);
  if (start !== -1) return { figure, phrase: lead.slice(start) };
  const continues =
    figure.family !== undefined &&
    figure.family === previousFamily &&
    figure.continuation !== undefined &&
    phraseStart(figure.continuation, lead) === 0;
  return continues ? { figure, phrase: lead.trimStart() } : undefined;
}

/** The figures of one clause; `family` carries the verb of the previous figure of the sentence. */
function tieClauseFigures(
  figures: readonly QuotedFigureDef[],
  clause: string,
  family: { previous: string | undefined },
): TiedFigure[] {
  let previousEnd = 0;
  return quotedNumbers(clause).flatMap((number) => {
    // The lead starts after the clause's previous number, so in “复议2起涉及申请5件” the 5 never reaches back past 2.
    const lead = afterLastNumber(clause.slice(previousEnd, number.index));
    previousEnd = number.end;
    const named = findNamedFigure(figures, lead, family.previous);
    family.previous = named?.figure.family;
    const value = parseQuotedNumber(number.digits);
    if (!named || value === undefined) return [];
    const quote = clause.slice(number.index - named.phrase.length, number.end);
    return [{ figure: named.figure, quote, value }];
  });
}

/** Every number with 件 in a text that can be tied to exactly one figure of the table, in order. */
export function findTiedFigures(figures: readonly QuotedFigureDef[], text: string): TiedFigure[] {
  return sentencesOf(normalizeDigits(text)).flatMap((sentence) => {
    const family = { previous: undefined as string | undefined };
    return clausesOf(sentence).flatMap((clause) => tieClauseFigures(figures, clause, family));
  });
}

function sumReading(report: Report, reading: FigureReading): number {
  let sum = 0;
  for (const cell of reading) sum += valueAt(report, cell) ?? 0;
  return sum;
}

type SectionFigure = TiedFigure & { section: SectionKey };

type Ties = readonly SectionFigure[];

/** The figures a section's text quotes, kept for the last few texts (group: format and section). */
const tiesOf = rememberRecent((group, text): Ties => {
  const [format, section] = group.split(":") as [FormatId, SectionKey];
  return findTiedFigures(quotedFigures[format], text).map((tied) => ({ ...tied, section }));
});

/** Each format's prose sections with their group for tiesOf, built once: a key built per check is hashed anew. */
const sectionGroups = new Map(
  Object.values(formats).map((format) => [
    format.id,
    format.text.map(({ key }) => ({ key, group: `${format.id}:${key}` })),
  ]),
);

/** Every figure tied in every prose section of the report. */
function tiedFiguresOf(report: Report): Ties {
  const ties: SectionFigure[] = [];
  for (const { key, group } of sectionGroups.get(report.format) ?? []) {
    const text = report.text[key] ?? "";
    if (text !== "") for (const tie of tiesOf(group, text)) ties.push(tie);
  }
  return ties;
}

const figureCells = new WeakMap<QuotedFigureDef, CellRef[]>();

/** Every cell a figure's readings name, once each (computed once per figure). */
function cellsOfFigure(figure: QuotedFigureDef): CellRef[] {
  let cells = figureCells.get(figure);
  if (!cells) figureCells.set(figure, (cells = [...new Set(figure.readings.flat())]));
  return cells;
}

/** narrative.figures quotes that cannot be checked because a cell they name was not read. */
export function uncheckedFigures(report: Report, unread: readonly CellRef[]): NotChecked[] {
  const isUnread = unreadTest(unread);
  return tiedFiguresOf(report)
    .map(({ figure }) => cellsOfFigure(figure))
    .filter((cells) => cells.some(isUnread))
    .map((cells) => ({ ruleId: "narrative.figures", cells: [...cells], reason: "cellsUnread" }));
}

/** narrative.figures: every figure quoted in the prose that contradicts the table cell it names (unread: not checked). */
export function checkFigures(report: Report, unread?: readonly CellRef[]): Finding[] {
  const isUnread = unread && unread.length > 0 ? unreadTest(unread) : undefined;
  const findings: Finding[] = [];
  for (const { figure, quote, value, section } of tiedFiguresOf(report)) {
    if (isUnread && cellsOfFigure(figure).some(isUnread)) continue;
    if (matchesAReading(report, figure, value)) continue;
    const first = figure.readings[0] ?? [];
    findings.push({
      ruleId: "narrative.figures",
      severity: "error",
      code: "narrative.figureMismatch",
      cells: [...first],
      expected: sumReading(report, first),
      actual: value,
      section,
      quote: clipQuote(quote),
    });
  }
  return findings;
}

/** Whether the quoted value is what one of the figure's readings adds up to (most quotes, checked on every edit). */
function matchesAReading(report: Report, figure: QuotedFigureDef, value: number): boolean {
  for (const reading of figure.readings) if (sumReading(report, reading) === value) return true;
  return false;
}
