import { formats, REPORT_YEARS, yearBeforeFormatsMessage, type TableId } from "../../domain";

// Everything the .xlsx template and reader say to a person, in one place.

export const xlsxStrings = {
  /** The title of the alert Excel shows when a typed value breaks a cell's data validation. */
  invalidTitle: "输入有误",
  invalidCount: (unit: string): string => `请填写不小于 0 的整数（${unit}）`,
  invalidChange: (unit: string): string => `请填写整数（${unit}），减少时填写负数，如 -2`,
  invalidMoney: (decimals: number): string => `请填写不小于 0 的金额（万元），最多 ${decimals} 位小数`,
};

/** What the workbook reader could not make out, as data: `describeWorkbookProblem` turns it into a sentence. */
export type WorkbookProblem =
  | { code: "workbook.unreadable" }
  | { code: "workbook.tooLarge" }
  | { code: "workbook.sizeMismatch" }
  | { code: "workbook.encrypted" }
  | { code: "workbook.noReport" }
  | { code: "report.yearUnknown"; sheet: string }
  | { code: "report.yearNotCovered"; sheet: string; year: number }
  | { code: "table.missing"; sheet: string; table: TableId }
  | { code: "label.missing"; sheet: string; table: TableId; label: string };

// Both formats give the three tables the same titles.
const titleOf = (table: TableId): string => formats["2021"].tables.find((t) => t.id === table)?.title ?? table;

/** A workbook problem as one Chinese sentence. */
export function describeWorkbookProblem(problem: WorkbookProblem): string {
  switch (problem.code) {
    case "workbook.unreadable":
      return "不是有效的 Excel 工作簿（.xlsx）：文件可能已损坏，或是 .xls 等其他格式；请在 Excel 中另存为 .xlsx 后重试";
    case "workbook.tooLarge":
      return "工作簿过大（单元格、合并单元格或压缩内容超出年度报告所需的上限），未读取：请只保留报告所在的工作表后重试";
    case "workbook.sizeMismatch":
      return "工作簿已损坏或被改动：压缩包中记录的大小与实际内容不符，未读取";
    case "workbook.encrypted":
      return "工作簿设有打开密码（已加密），无法读取：请在 Excel 中取消密码后另存为 .xlsx 再读取";
    case "workbook.noReport":
      return "工作簿中没有找到年度报告的表格：请使用 nianbao template 生成的模板，或保留官方表格的标题和栏目名称";
    case "report.yearUnknown":
      return `工作表“${problem.sheet}”：无法确定报告年度，请在表格上方写明报告标题，如“某市某局2025年政府信息公开工作年度报告”`;
    case "report.yearNotCovered":
      return problem.year > REPORT_YEARS.last
        ? `工作表“${problem.sheet}”：报告年度 ${problem.year} 年有误，应在 ${REPORT_YEARS.first}—${REPORT_YEARS.last} 年之间`
        : `工作表“${problem.sheet}”：${yearBeforeFormatsMessage(problem.year)}`;
    case "table.missing":
      return `工作表“${problem.sheet}”：没有找到表格“${titleOf(problem.table)}”`;
    case "label.missing":
      return `工作表“${problem.sheet}”：表格“${titleOf(problem.table)}”中没有找到栏目“${problem.label}”`;
  }
}

/** Said when a workbook holds more than one report and only the first is read. */
export const firstOfSeveral = (count: number, sheet: string, year: number): string =>
  `工作簿中有 ${count} 份报告，只读取了第一份（工作表“${sheet}”，${year} 年度）`;

/** Said when some figures are formulas past the reader's limits, so their cells were not read nor checked. */
export const formulasNotWorkedOut = (count: number): string =>
  `${count} 个单元格的公式超出计算上限（引用范围过大、嵌套过深或计算量过大），未计算，相关校验未进行`;

/** Said when some figures are formulas reading a circular reference, so their cells were not read nor checked. */
export const formulasReadingALoop = (count: number): string =>
  `${count} 个单元格的公式引用了循环引用的单元格，无法计算，相关校验未进行`;

/** Said when a workbook's nb_ names are too few or broken to trust, and its tables were read by their labels. */
export const namesIgnored = (located: number, expected: number, broken: number): string =>
  `工作簿中的“nb_”名称不完整（只定位到 ${located}/${expected} 个表格单元格${broken > 0 ? `，另有 ${broken} 个名称无效` : ""}），已改按表格栏目读取`;

/** Said when a workbook's names miss some cells (deleted since) and no labels could stand in: those cells are unread. */
export const namesPartial = (located: number, expected: number): string =>
  `工作簿中的“nb_”名称只定位到 ${located}/${expected} 个表格单元格，其余单元格未读取，相关校验未进行`;
