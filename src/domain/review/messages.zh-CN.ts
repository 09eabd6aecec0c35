import type { Finding } from "../model";

// Every sentence about a quality or review finding; the finding's section and cell come already named.

const fmt = (n: number | undefined): string => (n === undefined ? "—" : String(n));
const list = (names: readonly string[] | undefined): string => (names?.length ? names.join("、") : "无");

/** What the general message table has named for this finding: its section title and its first cell. */
export type Named = { section: string; cell: string };

/** The sentence of a quality.* or review.* finding. */
export function reviewSentence(finding: Finding, { section, cell }: Named): string {
  const quote = finding.quote ?? "";
  switch (finding.code) {
    case "quality.repeatedText":
      return `${section}：与上年报告相同的文字约占 ${fmt(finding.actual)}%（超过 ${fmt(finding.expected)}%），请按本年情况重写`;
    case "quality.previousYear":
      return `${section}：“${quote}”——本年度（${fmt(finding.expected)}年）的工作写成了 ${fmt(finding.actual)} 年，请核对年份`;
    case "quality.problemsThin":
      return `${section}：内容为“${quote}”，过于简单（不足 ${fmt(finding.expected)} 字）；应写明存在的主要问题和改进措施`;
    case "quality.headingNumber":
      return `${section}：标题“${quote}”编号不连续，此处应为（${chineseNumeral(finding.expected)}）`;
    case "quality.headingMissing":
      return `${section}：缺少“${quote}”方面的内容（2021 年格式第一部分应包含五个方面）`;
    case "quality.formatYear":
      return `${fmt(finding.expected)} 年度报告仍使用 ${finding.detail ?? ""} 年格式的表格，应使用 ${quote || "2021"} 年格式（国办公开办函〔2021〕30号）`;
    case "quality.figureJump":
      return `${finding.detail ?? cell}：本年 ${fmt(finding.actual)}，上年 ${fmt(finding.expected)}，变化超过 5 倍，请核实`;
    case "review.duplicate":
      return `与“${list(finding.others)}”是同一机关同一年度的报告，数字相同，只计一份`;
    case "review.versionConflict":
      return `“${list(finding.others)}”是同一机关同一年度的报告，但数字不同：请确认哪一份是正式版本（汇总按“${finding.others?.[0] ?? ""}”计）`;
    case "review.mixedYears":
      return `本批报告涉及多个年度：${quote}；同一机关相邻两年的报告已自动配对核对`;
    case "review.hierarchySum":
      return (
        `${cell}：上级报告为 ${fmt(finding.actual)}，下级合计为 ${fmt(finding.expected)}` +
        `（已计入：${list(finding.others)}；缺少：${list(finding.missing)}）`
      );
    default:
      return finding.ruleId;
  }
}

const NUMERALS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** 1–10 as 一–十, larger numbers in digits. */
function chineseNumeral(n: number | undefined): string {
  return n !== undefined && n > 0 && n < NUMERALS.length ? NUMERALS[n]! : fmt(n);
}

/** The wording behind each quality and review rule, shown beside its findings. */
export const reviewRuleSources: Record<string, string> = {
  "quality.repeatedText": "各部分文字与上年报告重复超过 50% 的，评估中扣分",
  "quality.previousYear": "本年度工作不得写成上一年度",
  "quality.problemsContent": "“存在的主要问题及改进情况”应写明实际问题和改进措施，不得写“无”或一笔带过",
  "quality.headings":
    "各部分标题齐全、编号连续；2021 年格式第一部分包含主动公开、依申请公开、政府信息管理、平台建设、监督保障",
  "quality.formatYear": "2021 年度起使用国办公开办函〔2021〕30号规定的格式",
  "quality.figureJump": "数字与上年相比超过 5 倍或不足五分之一的，请人工核实",
  "review.duplicate": "同一机关同一年度只应有一份报告",
  "review.versionConflict": "同一机关同一年度只应有一份报告",
  "review.mixedYears": "一批报告通常属于同一年度",
  "review.hierarchySum": "上级报告的数字通常不小于下级之和；仅供参考，不作为错误",
};
