import {
  formatWan,
  type ApplicationFigures,
  type Figure,
  type Disclosure2019Figures,
  type Disclosure2021Figures,
  type OutcomeKey,
} from "./draft-figures";

// Every sentence the narrative draft writes, as functions of the figures. Plain 公文 register; every
// number comes from the tables, so a draft always passes its own narrative.figures check.

/** Who and which year a draft speaks of. */
export type DraftSubject = { year: number; who: string };

/** Where a draft leaves out a figure of the wrong kind (1.5 applications, a negative amount). */
export const LEFT_OUT = "（数字待核实）";

/** Where a draft meets a blank cell: it does not claim 0 for a figure nobody filled in. */
export const BLANK_FIGURE = "（未填写）";

/** Where a draft meets a cell the file did not give (a table not found): neither 0 nor 未填写, which it may not be. */
export const UNREAD_FIGURE = "（未读到）";

/** What stands for a figure that is not a number: LEFT_OUT, BLANK_FIGURE or UNREAD_FIGURE. */
const notANumber = (figure: Exclude<Figure, number>): string =>
  figure === undefined ? LEFT_OUT : figure === "blank" ? BLANK_FIGURE : UNREAD_FIGURE;

/** A count with its unit, or what stands for a figure that is not a number. */
export const count = (figure: Figure, unit = "件"): string =>
  typeof figure === "number" ? `${figure}${unit}` : notANumber(figure);

/** An amount in 万元, or what stands for a figure that is not a number. */
const wan = (figure: Figure): string => (typeof figure === "number" ? `${formatWan(figure)}万元` : notANumber(figure));

/** How the draft names a body whose name is not given. */
export const UNNAMED_BODY = "本机关";

/** The five parts of section 一 a format 2021 report is expected to cover. */
export const overviewHeadings2021 = {
  disclosure: "（一）主动公开",
  applications: "（二）依申请公开",
  management: "（三）政府信息管理",
  platforms: "（四）政府信息公开平台建设",
  oversight: "（五）监督保障",
} as const;

const outcomeLabels: Record<OutcomeKey, string> = {
  disclosed: "予以公开",
  partlyDisclosed: "部分公开",
  withheld: "不予公开",
  unavailable: "无法提供",
  notProcessed: "不予处理",
  otherHandling: "其他处理",
};

/** “规章X件、” before the 规范性文件 figure, or nothing for a body without 规章. */
const rules = (withRules: boolean, figure: Figure): string => (withRules ? `规章${count(figure)}、` : "");

/** （一）主动公开 of format 2021: the table 二 figures (规章 only for a body that has them). */
export const disclosure2021 = ({ year, who }: DraftSubject, f: Disclosure2021Figures, withRules: boolean): string =>
  `${year}年，${who}严格落实《中华人民共和国政府信息公开条例》，及时、准确公开政府信息。` +
  `本年度制发${rules(withRules, f.rulesIssued)}行政规范性文件${count(f.normativeIssued)}，` +
  `废止${rules(withRules, f.rulesRepealed)}行政规范性文件${count(f.normativeRepealed)}，` +
  `现行有效${rules(withRules, f.rulesInForce)}行政规范性文件${count(f.normativeInForce)}；` +
  `作出行政许可决定${count(f.licensing)}、行政处罚决定${count(f.penalty)}、行政强制决定${count(f.enforcement)}；` +
  `行政事业性收费金额${wan(f.feeAmount)}。`;

/** The opening and table 二 figures of a format 2019 summary (规章 only for a body that has them). */
export const disclosure2019 = ({ year, who }: DraftSubject, f: Disclosure2019Figures, withRules: boolean): string =>
  `${year}年，${who}认真贯彻落实《中华人民共和国政府信息公开条例》，扎实做好政府信息公开各项工作。` +
  `本年新制作${rules(withRules, f.rulesMade)}规范性文件${count(f.normativeMade)}，` +
  `新公开${rules(withRules, f.rulesPublished)}规范性文件${count(f.normativePublished)}，` +
  `对外公开${withRules ? `规章总数${count(f.rulesTotalPublic)}、` : ""}规范性文件总数${count(f.normativeTotalPublic)}；` +
  `作出行政许可处理决定${count(f.licensing)}、行政处罚处理决定${count(f.penalty)}、行政强制处理决定${count(f.enforcement)}；` +
  `政府集中采购项目${count(f.procurementCount, "项")}，采购总金额${wan(f.procurementAmount)}。`;

/** 依申请公开: applications received, carried in, resolved and carried out, then the outcomes that occurred. */
export function applications(f: ApplicationFigures): string {
  const counts =
    `本年度新收政府信息公开申请${count(f.newReceived)}，上年结转政府信息公开申请${count(f.carriedIn)}，` +
    `办结${count(f.resolved)}，结转下年度继续办理${count(f.carriedOut)}。`;
  const outcomes = (Object.keys(outcomeLabels) as OutcomeKey[])
    .filter((key) => f.outcomes[key] !== 0 && f.outcomes[key] !== "blank" && f.outcomes[key] !== "unread")
    .map((key) => `${outcomeLabels[key]}${count(f.outcomes[key])}`);
  return outcomes.length === 0 ? counts : `${counts}在办结的申请中，${outcomes.join("，")}。`;
}

/** 行政复议 and 行政诉讼 about the body's disclosure work. */
export const appeals = (f: ApplicationFigures): string =>
  `因政府信息公开工作被申请行政复议${count(f.review)}，被提起行政诉讼${count(f.suits)}。`;

/** （三）政府信息管理 of format 2021. */
export const management2021 = ({ who }: DraftSubject): string =>
  `${who}严格执行政府信息公开保密审查制度，坚持“先审查、后公开”，动态更新政府信息公开指南和目录，` +
  `确保公开内容准确、规范。`;

/** （四）政府信息公开平台建设 of format 2021. */
export const platforms2021 = (): string =>
  "依托政府门户网站政府信息公开专栏和政务新媒体，及时发布、集中展示政府信息，保持依申请公开渠道畅通。";

/** （五）监督保障 of format 2021. */
export const oversight2021 = (): string =>
  "加强对政府信息公开工作的组织领导，明确专人负责，开展业务培训，主动接受社会监督，推动各项工作要求落到实处。";

/** 六、其他需要报告的事项 of format 2021: the 信息处理费 statement (the tables give no fee figure). */
export const other2021 = (): string =>
  "依据《政府信息公开信息处理费管理办法》，本年度未收取信息处理费。无其他需要报告的事项。";

/** 六、其他需要报告的事项 of format 2019. */
export const other2019 = (): string => "无其他需要报告的事项。";
