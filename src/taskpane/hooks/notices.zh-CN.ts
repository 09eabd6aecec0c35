// Sentences the pane's hooks give the pane to show (the components choose how).

export const notices = {
  /** The ribbon's 一键校验 when the workbook holds no report yet. */
  noReportToValidate:
    "工作簿中还没有年报。请先在下方“插入模板”中填写年度和机关名称，插入模板并填写数字后，再点“一键校验”。",
  /** Before drafting from figures that do not add up. */
  draftOverErrors: (errors: number): string =>
    `表格中还有 ${errors} 处错误，据此起草的文字会照搬有误的数字。建议先改正错误；也可以仍然起草。`,
  draftAnyway: "仍然起草",
} as const;

/** Why an insertion was refused, for the reasons the add-in's logic adds (the pane words the others). */
export const insertRefusals = {
  noBody: "请填写机关名称：报告标题和各项校验都要用到它。未插入任何工作表。",
  previousYear: (year: number, previousYear: number): string =>
    `只能用上一年度（${year - 1}年）的报告预填 ${year} 年的模板，所选文件是 ${previousYear} 年的报告。未插入任何工作表；请换用 ${year - 1} 年的报告，或不选文件直接插入。`,
  yearInUse: (names: string): string =>
    `${names.split("、")[0] ?? ""}等工作表中已有该年度的报告，无需再插入。可以直接打开它。`,
} as const;
