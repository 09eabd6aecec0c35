import type { CellRef, FormatId } from "../model";
import type { Phrase, PhraseStep } from "./phrase-match";

// The words the prose checks look for: which quoted figure names which table cell (the spec's
// narrative.figures table), what a plan for a year sounds like, and how section 六 names the fee.

/** One way to read a quoted figure: the cells whose sum it must equal (blank cells count as 0). */
export type FigureReading = readonly CellRef[];

export type QuotedFigureDef = {
  id: string;
  /** The word that names this figure; a lead naming two figures ties to neither. */
  marker: RegExp;
  /** The lead before the number, from the phrase to the number: 收到政府信息公开申请 in 收到政府信息公开申请12件. */
  phrase: Phrase;
  /** Figures of one family share a verb: “制发规章2件、行政规范性文件3件” names 制发 once. */
  family?: string;
  /** A lead that is only the noun, right after a figure of the same family in the same sentence. */
  continuation?: Phrase;
  /** Every reading that is right; a mismatch is reported against the first. */
  readings: readonly FigureReading[];
};

const word = (...words: string[]): PhraseStep => ({ words });
const maybe = (...words: string[]): PhraseStep => ({ words, optional: true });

// What may stand between the phrase and its number without changing what is counted:
// 新收政府信息公开申请共计12件, 行政复议案件0件. Anything else (其中, 予以公开…) leaves the figure alone.
const FILLER: PhraseStep = {
  words: [
    ...["政府信息公开", "政府信息", "信息公开", "依申请公开", "申请", "各类", "各项"],
    ...["共计", "合计", "总计", "累计", "共", "计", "了", "的", "为", "达", "数量", "案件", "继续办理", "办理"],
  ],
  space: true,
  repeated: true,
};

const phrase = (...cue: PhraseStep[]): Phrase => ({ steps: [...cue, FILLER] });
const continuation = (...noun: PhraseStep[]): Phrase => ({
  steps: [{ words: ["和", "及", "以及", "与"], space: true, repeated: true }, ...noun, FILLER],
  anchored: true,
});

const applications = (key: string): CellRef => ({ table: "applications", key });
const appeals = (key: string): CellRef => ({ table: "appeals", key });
const disclosure = (key: string): CellRef => ({ table: "disclosure", key });

const MADE = word("制发", "新制作");
const NORMATIVE = [maybe("行政"), word("规范性文件")];

function figuresOf(madeColumn: "issued" | "made"): QuotedFigureDef[] {
  return [
    {
      id: "newReceived",
      marker: /新收/,
      phrase: phrase(word("新收"), maybe("到"), FILLER, word("申请")),
      readings: [[applications("newReceived.total")]],
    },
    {
      id: "received",
      marker: /(?<!新)收到/,
      phrase: phrase({ words: ["收到"], notAfter: "新" }, FILLER, word("申请")),
      readings: [
        [applications("newReceived.total")],
        [applications("newReceived.total"), applications("carriedIn.total")],
      ],
    },
    {
      id: "carriedIn",
      marker: /上一?年度?结转/,
      phrase: phrase(word("上"), maybe("一"), word("年"), maybe("度"), word("结转")),
      readings: [[applications("carriedIn.total")]],
    },
    {
      id: "resolved",
      marker: /办结|办理完毕|作出答复/,
      phrase: phrase(word("办结", "办理完毕", "作出答复")),
      readings: [[applications("resultTotal.total")]],
    },
    {
      id: "carriedOut",
      marker: /结转(?:至|到)?下一?年度?/,
      phrase: phrase(word("结转"), maybe("至", "到"), word("下"), maybe("一"), word("年"), maybe("度")),
      readings: [[applications("carriedOut.total")]],
    },
    { id: "review", marker: /行政复议/, phrase: phrase(word("行政复议")), readings: [[appeals("review.total")]] },
    {
      id: "suits",
      marker: /行政诉讼/,
      phrase: phrase(word("行政诉讼")),
      readings: [[appeals("suitDirect.total"), appeals("suitAfterReview.total")]],
    },
    {
      id: "rulesMade",
      marker: /规章/,
      phrase: phrase(MADE, FILLER, word("规章")),
      family: "made",
      continuation: continuation(word("规章")),
      readings: [[disclosure(`rules.${madeColumn}`)]],
    },
    {
      id: "normativeDocsMade",
      marker: /规范性文件/,
      phrase: phrase(MADE, FILLER, ...NORMATIVE),
      family: "made",
      continuation: continuation(...NORMATIVE),
      readings: [[disclosure(`normativeDocs.${madeColumn}`)]],
    },
  ];
}

/** The figures the prose may quote, per format: 2019 counts 本年新制作, 2021 本年制发. */
export const quotedFigures: Record<FormatId, readonly QuotedFigureDef[]> = {
  "2019": figuresOf("made"),
  "2021": figuresOf("issued"),
};

/**
 * A quoted figure is a number with 件 (1,234件, 12 件, 十二件). Other units (270余条) and approximate counts (十余件) are
 * no figure of the table.
 */
export const FIGURE_UNIT = "件";

/**
 * What Chinese numerals count when they end a number of the lead (两起, 五件): those characters also stand inside words
 * (统一, 万元), so only a numeral followed by one of these cuts a lead.
 */
export const COUNTERS = "件起项次个";

// A plan: 将/要/计划/拟 followed by what one does. The verbs keep out 将 as 把 (“将责任明确到人”) and
// 要 inside other words (主要, 需要, 重要, 要求).
const PLAN_VERBS =
  "继续|进一步|着力|持续|重点|从(?!业)|在|以|围绕|加强|加大|加快|不断|认真|切实|全面|深入|严格|积极|努力|" +
  "做好|抓好|推进|推动|完善|坚持|按照|开展|强化|提升|提高|建立|健全|落实|结合|紧紧|扎实|规范|聚焦|进行|力争";
const PLAN = `(?:将|(?<![主需重必只纲概提])要|计划|拟|打算|准备)(?:${PLAN_VERBS})`;

/** A plan anywhere in a sentence. */
export const planCue = new RegExp(PLAN);

/**
 * Right after “Y年”: the year is the time of a plan (“2019年，我们将从…”, “2020年我局要进一步…”).
 * Only a short subject may stand between, so “2019年在…方面主要存在以下问题” is a description.
 */
export const planAfterYear = new RegExp(`^度?(?:[，,]\\s*)?[^，,。；;：:！？\\d\\n]{0,12}?${PLAN}`);

/** A year named in the prose: 2019年, 2020年度. */
export const yearMention = /(?<!\d)(\d{4})年/g;

/** Section 六 of a 2021 report must say whether 信息处理费 was charged. */
export const feeMention = /信息处理费/;
