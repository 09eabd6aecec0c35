import type { Exclusion } from "./unit-sums";

// The words of 汇总下级报告: the 下级汇总 sheet's name, title and headings, and why a unit is not counted.

/** The sheet that lists the sources of a year's sums: one per year, as the report's own sheets are. */
export const unitSheetName = (year: number): string => `${year}年下级汇总`;

/** The sheet's first cell; a sheet of that name whose first cell does not say this is a person's own, never cleared. */
export const unitSheetTitle = (year: number): string => `${year} 年度下级报告汇总`;

export const unitSheetWords = {
  note: (body: string, counted: number, left: number) =>
    `本表由年报助手生成：“${body || "本机关"}”报告表格中的数字为下列计入的 ${counted} 份报告之和` +
    `${left > 0 ? `（另有 ${left} 个文件未计入）` : ""}；合计栏仍为公式。再次汇总时本表整表重写。`,
  sourcesHeading: "来源文件",
  sourceHeadings: ["序号", "文件", "机关", "年度", "表格格式", "状态", "错误", "警告", "是否计入", "说明"],
  figuresHeading: "各单位数字",
  figureHeadings: ["表", "行", "列", "合计"],
  counted: "计入",
  notCounted: "未计入",
  unknownBody: "（未读出）",
} as const;

/** Why a unit is not counted, as the sheet and the pane say it. */
export const exclusionReasons: Record<Exclusion, (target: { year: number; format: string }) => string> = {
  unreadable: () => "无法读取",
  otherYear: ({ year }) => `不是 ${year} 年度的报告`,
  otherFormat: ({ format }) => `表格格式与本报告（${format} 年格式）不同`,
  ownReport: () => "与本报告是同一机关，不作为下级计入",
  duplicate: () => "与另一文件是同一单位同一年度的报告，数字相同，只计一份",
  otherVersion: () => "与另一文件是同一单位同一年度的报告，但数字不同，未计入",
  flagged: () => "有错误或未读完，按选择未计入",
};
