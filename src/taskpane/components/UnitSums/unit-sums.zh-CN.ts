// The words of the pane's 汇总下级报告: picking the units' reports, their status, the confirmation and the outcome.

export const unitSumsStrings = {
  heading: "汇总下级报告",
  note: "编制本地区报告时，可选择各下级单位的年度报告（可多选），核对后把它们的数字之和填入本报告的表格，并在“下级汇总”工作表中列出每份来源。",
  pick: "下级单位的报告（可多选）",
  choose: "选择下级单位的报告文件…",
  pickHint: "Word 文档（.docx）、PDF（文字版）、保存的网页（.html）、网页复制的 .txt 文本或 .json 报告数据",
  reading: (count: number) => `正在读取 ${count} 个文件…`,
  listLabel: "已选择的下级报告",
  unknownBody: "未读出机关名称",
  yearOf: (year: number) => `${year} 年度`,
  status: {
    passed: (warnings: number) => (warnings > 0 ? `通过（警告 ${warnings} 处）` : "通过"),
    errors: (errors: number, warnings: number) =>
      `有错误（错误 ${errors} 处${warnings > 0 ? `，警告 ${warnings} 处` : ""}）`,
    partial: (warnings: number) => `未读完（部分数字未读到${warnings > 0 ? `，警告 ${warnings} 处` : ""}）`,
    unreadable: "无法读取",
  },
  notCounted: (reason: string) => `不计入：${reason}`,
  summarise: (count: number) => `汇总到本报告（${count} 份）`,
  nothingToSum: "没有可以计入本报告的下级报告：请选择与本报告同一年度、同一表格格式的报告。",
  confirmTitle: (count: number) => `汇总 ${count} 份下级报告？`,
  flaggedIntro: "以下单位的报告有错误或未读完，其数字可能不准确，请先核实：",
  flaggedItem: (body: string, file: string, status: string) => `${body}（${file}）：${status}`,
  excludedIntro: "以下文件不计入：",
  excludedItem: (file: string, reason: string) => `${file}：${reason}`,
  replaces: (tablesSheet: string, unitSheet: string) =>
    `将用计入报告的数字之和替换工作表“${tablesSheet}”中的数字（合计栏是公式，不改动），并重写工作表“${unitSheet}”。其他工作表和文字部分不受影响。`,
  sumAll: (count: number) => `汇总全部 ${count} 份`,
  sumClean: (count: number) => `只汇总无错误的 ${count} 份`,
  cancel: "取消",
  written: (units: number, cells: number, sheet: string) =>
    `已把 ${units} 份下级报告的数字之和填入本报告（${cells} 个单元格有变化），来源和各单位数字见工作表“${sheet}”。`,
  sheetTaken: (sheet: string) =>
    `工作簿中已有名为“${sheet}”的工作表，但不是年报助手生成的，未写入任何内容。请把它改名后再汇总。`,
  readFailed: "读取该文件时出错，请确认文件完整后重新选择",
} as const;
