/** Every string the task pane shows, in Simplified Chinese. */
export const strings = {
  title: "年报助手",
  intro: "帮助您按规定格式编制《政府信息公开工作年度报告》：插入报表模板，录入数据时即时校验勾稽关系，并生成文字说明。",
  busy: "正在处理…",

  // Template
  templateHeading: "插入年度报告模板",
  year: "报告年度",
  yearUp: "报告年度加一年",
  yearDown: "报告年度减一年",
  yearHint: (format: string) => `该年度适用 ${format} 年格式`,
  yearNotNumber: "请填写四位数的年份，如 2025",
  yearTooEarly: (first: number) => `报告年度不能早于 ${first} 年：现行的年度报告格式自 ${first} 年度起使用`,
  yearInFuture: (year: number, current: number) =>
    `${year} 年还没有到，不能编制该年度的报告；报告年度最晚为今年（${current} 年）`,
  yearUnfinished: (year: number) => `${year} 年还没有结束：年度报告一般在次年 1 月编制，数字可能还会变化`,
  body: "机关名称",
  bodyRequired: "请填写机关名称：它会写在报告标题中，如“某市某局2025年政府信息公开工作年度报告”",
  bodyPlaceholder: "如：某市某局",
  format: "表格格式",
  formatOption: (id: string, source: string) => `${id} 年格式（${source}）`,
  formatMismatch: "所选格式与报告年度不符，请确认",
  previous: "上年报告（可选，用于预填上年结转）",
  previousHint:
    "可选择上年发布的报告：Word 文档（.docx）、PDF（文字版）、保存的网页（.html）、网页复制的 .txt 文本或 .json 报告数据；若工作簿中已有上年报表，将自动使用",
  previousChoose: "选择上年报告文件…",
  previousRead: (year: number, body: string) => `已读取上年报告：${body || "未注明机关"} ${year} 年度`,
  previousUnreadable: "上年报告无法读取：",
  previousWrongYear: (body: string, year: number, why: string) =>
    `所选文件是“${body || "未注明机关"}”${year} 年度的报告，不能用来预填：${why}`,
  previousOtherBody: (why: string) => `${why}。插入模板时会请您确认。`,
  previousConfirm: (why: string) => `${why}。确认是本机关上年的报告（如机关更名）吗？`,
  previousUseAnyway: "仍用它预填并插入",
  previousSkip: "不预填，直接插入",
  previousFileUnreadable: "无法打开所选文件，可能已被移动、删除或正被其他程序占用；请重新选择",
  insert: "插入模板",
  inserted: (tables: string, text: string) => `已插入工作表“${tables}”和“${text}”。`,
  prefilled: (count: number, fromWorkbook: boolean) =>
    `已根据${fromWorkbook ? "本工作簿中的上年报表" : "所选的上年报告"}预填 ${count} 个单元格（上年结转、现行有效件数等）。`,
  exists: (names: string) => `工作簿中已有同名工作表：${names}。插入模板不会改动已有工作表。`,
  openExisting: "打开已有工作表",
  badName: "工作表名称无效：名称不能为空、不超过 31 个字符、不含 [ ] : * ? / \\ 等字符，两个名称也不能相同。",
  yearInUse: "该年度的报告已在本工作簿中（工作表可能已改名），请在“当前报告”中选择它。",
  insertAs: "以其他名称插入",
  insertWithNames: "用这两个名称插入",
  sameNames: "报表工作表和文字工作表的名称不能相同。",
  nameTaken: (name: string) => `工作簿中已有名为“${name}”的工作表，请换一个名称。`,
  yearExists: (year: number, sheet: string) =>
    `本工作簿中已有该年度的报告（${year} 年度，工作表“${sheet}”），同一年度只能有一份，无需再插入。请打开它继续填写。`,
  otherTablesName: "报表工作表名称",
  otherTextName: "文字工作表名称",

  // Report in the workbook
  reportHeading: "当前报告",
  reportOption: (year: number, body: string, format: string) =>
    `${year} 年度 · ${body || "未注明机关"} · ${format} 年格式`,
  validate: "一键校验",
  exportWord: "导出 Word",
  attach: "上年报告",
  attachHint: (year: number) => `选择 ${year} 年度报告文件，核对本报告的上年结转、现行有效件数`,
  attachReading: "正在读取上年报告…",
  attachRefused: (why: string) => `${why}。所选文件未使用。`,
  attachOtherBody: (why: string) => `${why}。仍要用它核对吗？`,
  useAnyway: "仍然使用",
  attached: (body: string, year: number, mismatches: number) =>
    `已用“${body || "未注明机关"}”${year} 年度报告核对上年结转、现行有效件数：` +
    (mismatches > 0 ? `有 ${mismatches} 处与之不符，可在下方点“改为上年结转下年度的数”等按钮改正。` : "与之相符。"),
  attachInWorkbook: (year: number) =>
    `本工作簿中已有 ${year} 年度的报表，校验一直用它核对上年结转、现行有效件数；所选文件未使用。`,
  exported: (name: string) => `已生成 Word 文档“${name}”，请在浏览器的下载中查看。`,
  allGood: "校验通过：未发现错误或警告。",
  /** Before the first 一键校验: what the live check has not looked at yet. */
  notValidatedYet: "尚未全面校验：填写时只即时检查已填写的数字；空白单元格和文字说明要点击“一键校验”后才检查。",
  typedFine: "已填写的数字暂未发现问题。",
  noFiguresYet: "报告还没有填写任何数字。",
  summary: (errors: number, warnings: number) => `发现 ${errors} 处错误、${warnings} 处警告。`,
  /** Said by the live region, for screen readers. */
  announceCounts: (errors: number, warnings: number) =>
    errors + warnings === 0 ? "未发现错误或警告" : `${errors} 个错误，${warnings} 个警告`,
  announceValidated: (counts: string) => `校验完成：${counts}`,
  announceChanged: (counts: string) => `已重新核对：${counts}`,

  // Findings
  severity: { error: "错误", warning: "警告", info: "提示" },
  severityHeading: (severity: "error" | "warning" | "info", count: number) =>
    `${{ error: "错误", warning: "警告", info: "提示" }[severity]}（${count}）`,
  /** The one-click repair of each kind of quick fix. */
  quickFix: {
    fillBlanks: "空白处填 0",
    toNumber: "改为数字",
    restoreFormula: "恢复公式",
    carryOver: "改为上年结转下年度的数",
    fromLastYear: "改为按上年报告推算的数",
  },
  dismissedHeading: (count: number) => `已忽略（${count}）`,
  restore: "恢复",
  dismissed: (reason: string) => `已忽略：${reason}`,
  dismiss: "忽略",
  /** A button's name for a screen reader, which reads it out of context: the action, then the finding it acts on. */
  actionLabel: (action: string, finding: string) => `${action}：${finding}`,
  dismissReason: "忽略原因",
  dismissReasonPlaceholder: "如：已与业务科室核实",
  confirm: "确定",
  cancel: "取消",
  goToCell: "定位到单元格",

  // Narrative
  narrativeHeading: "文字说明",
  draft: "起草文字说明",
  draftNote: "根据表格数据起草第一、五、六部分，可在写入前修改。",
  writeDraft: "写入文字工作表",
  copyDraft: "复制全部",
  copied: "已复制到剪贴板。",
  copyFailed: "无法访问剪贴板，请手动选中文字复制。",
  written: (sections: string) => `已写入：${sections}。`,
  replaceTitle: "替换已有文字？",
  replaceBody: (sections: string) => `${sections}已有文字。替换后原文字将被覆盖。`,
  replace: "替换",
  keep: "保留原文字",

  // Errors
  hostFailure: "操作未完成",
} as const;
