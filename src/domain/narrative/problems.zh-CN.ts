import type { Figure } from "./draft-figures";
import type { DraftSubject } from "./phrases.zh-CN";

// Section 五 (存在的主要问题及改进情况) from what the figures say: the year's applications against last year's when
// known, how 行政复议 and 行政诉讼 ended, the 规范性文件 in force; each problem it names comes with its remedy for the
// next year. No sentence ties a number to a figure the prose check reads (新收…申请 is the only one, and it is right).

/** What section 五 draws on; the previous* figures only when last year's report is known. */
export type ProblemFacts = {
  newReceived: Figure;
  previousNewReceived?: Figure;
  review: Figure;
  suits: Figure;
  corrected: Figure;
  /** 不予公开 and 无法提供 answers together: each one needs its reasons stated. */
  refused: Figure;
  inForce: Figure;
  previousInForce?: Figure;
  /** 行政规范性文件 (format 2021) or 规范性文件 (format 2019). */
  normativeName: string;
};

type Point = { problem: string; plan: string };

const ORDINALS = ["一", "二", "三", "四", "五", "六"];

/** “比上年增加2件”, “比上年减少1件”, “与上年持平”, or nothing when either year is not a number. */
function change(now: Figure, before: Figure | undefined): string {
  if (typeof now !== "number" || typeof before !== "number") return "";
  const by = now - before;
  return by === 0 ? "，与上年持平" : `，比上年${by > 0 ? "增加" : "减少"}${Math.abs(by)}件`;
}

function applicationsSentence(f: ProblemFacts): string {
  if (typeof f.newReceived !== "number") return "";
  if (f.newReceived === 0) return "全年未收到政府信息公开申请。";
  return `全年新收政府信息公开申请${f.newReceived}件${change(f.newReceived, f.previousNewReceived)}。`;
}

function appealsSentence(f: ProblemFacts): string {
  if (typeof f.review !== "number" || typeof f.suits !== "number") return "";
  if (f.review + f.suits === 0) return "未发生因政府信息公开工作引发的行政复议、行政诉讼。";
  if (typeof f.corrected === "number" && f.corrected > 0) return `行政复议、行政诉讼中被纠正${f.corrected}件。`;
  return "行政复议、行政诉讼中没有被纠正的情形。";
}

function inForceSentence(f: ProblemFacts): string {
  if (typeof f.inForce !== "number" || f.inForce === 0) return "";
  return `现行有效${f.normativeName}${f.inForce}件${change(f.inForce, f.previousInForce)}。`;
}

function pointsOf(f: ProblemFacts): Point[] {
  const points: Point[] = [];
  if (typeof f.corrected === "number" && f.corrected > 0) {
    points.push({
      problem: "部分申请的答复还不够规范，有答复被行政复议或行政诉讼纠正",
      plan: "严格依照条例办理政府信息公开申请，加强答复前的法制审核，减少被纠正的情形",
    });
  }
  const up =
    typeof f.newReceived === "number" &&
    typeof f.previousNewReceived === "number" &&
    f.newReceived > f.previousNewReceived;
  if (up) {
    points.push({
      problem: "依申请公开数量上升，按时、规范答复的压力加大",
      plan: "优化依申请公开办理流程，确保在法定期限内答复",
    });
  }
  if (typeof f.refused === "number" && f.refused > 0) {
    points.push({
      problem: "不予公开、无法提供等答复的说理还需更加充分",
      plan: "对不予公开、无法提供等答复充分说明理由和依据，告知救济途径",
    });
  }
  if (typeof f.inForce === "number" && f.inForce > 0) {
    points.push({
      problem: `现行有效${f.normativeName}的清理和集中公开还需加强`,
      plan: `定期清理现行有效${f.normativeName}，及时更新集中公开目录`,
    });
  }
  points.push({
    problem: "主动公开的深度和广度有待进一步拓展",
    plan: "进一步加大主动公开力度，及时、准确公开社会公众关注的政府信息",
  });
  return points;
}

const numbered = (items: readonly string[]): string =>
  items.map((item, i) => `${ORDINALS[i] ?? String(i + 1)}是${item}`).join("；");

/** 五、存在的主要问题及改进情况: what the year's figures show, its problems, the plans for year Y+1. */
export function problems({ year, who }: DraftSubject, facts: ProblemFacts): string {
  const points = pointsOf(facts);
  return (
    `${year}年，${who}政府信息公开工作取得了一定成效。` +
    applicationsSentence(facts) +
    appealsSentence(facts) +
    inForceSentence(facts) +
    `工作中仍存在一些不足：${numbered(points.map((p) => p.problem))}。` +
    `${year + 1}年，我们将从以下方面加以改进：${numbered(points.map((p) => p.plan))}。`
  );
}
