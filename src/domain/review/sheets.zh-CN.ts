// The results workbook's words: sheet names, column headings, statuses.

export const sheetNames = { summary: "汇总", findings: "问题清单", crossYear: "跨年度", hierarchy: "层级" } as const;

export const statusLabels = { unreadable: "无法读取", errors: "有错误", partial: "未读完", passed: "通过" } as const;

export const severityLabels = { error: "错误", warning: "警告", info: "提示" } as const;

export const summaryHeadings = {
  body: "机关",
  year: "年度",
  files: "文件",
  fileKinds: "文件格式",
  format: "表格格式",
  status: "状态",
  errors: "错误",
  warnings: "警告",
  substantiveDisclosure: "实质公开率",
  reviewCorrection: "复议纠错率",
  disputeConversion: "争议转化率",
  receivedChange: "新收申请较上年",
  previous: "上年报告",
} as const;

export const findingHeadings = ["机关", "年度", "文件", "表", "行", "列", "严重程度", "问题", "规则"] as const;

export const crossYearHeadings = [
  "机关",
  "上年",
  "本年",
  "上年文件",
  "本年文件",
  "核对项",
  "不一致",
  "结果",
  "不一致的项",
] as const;

export const tieResults = {
  holds: "一致",
  differs: "不一致",
  none: "两年格式无可核对项",
  detail: (cell: string, actual: number, expected: number): string => `${cell}：本年 ${actual}，按上年应为 ${expected}`,
} as const;

export const hierarchyHeadings = [
  "上级",
  "年度",
  "已计入的下级",
  "缺少的下级",
  "单元格",
  "上级数",
  "下级合计",
  "差额",
] as const;

export const hierarchyNotes = { allEqual: "各单元格与下级合计一致", noChildren: "没有下级报告，未比较" } as const;

/** The body and file columns of findings about the batch as a whole, and of unreadable files. */
export const batchLabels = {
  wholeBatch: "（全部报告）",
  unknownBody: "（未读出）",
  none: "—",
  readRule: "read",
} as const;
