// Everything the command line says to a person, in one place.

import { yearBeforeFormatsMessage } from "../domain/messages.zh-CN";
import { FORMATS_FIRST_YEAR, REPORT_YEARS } from "../domain/tables/formats";
import { fileSystemReason } from "../files/messages.zh-CN";

const COMMAND_NAMES = {
  check: "check",
  narrate: "narrate",
  convert: "convert",
  export: "export",
  template: "template",
  review: "review",
};

/** What each command did not do when it refused last year's report of another body. */
const previousNotUsed = { check: "本文件未核对上年结转", narrate: "未起草", template: "未生成模板" };

export const cliMessages = {
  usage: `用法：
  nianbao check <文件或文件夹…> [--previous <上年报告> [--other-body]] [--year <年度>] [--format 2019|2021] [--json]
        校验报告：.txt 网页文本、.html/.htm 保存的网页、.xlsx 工作簿、.docx Word 文档、.pdf、.json 报告数据；
        文件夹含其子文件夹
  nianbao narrate <文件> [--previous <上年报告> [--other-body]] [--year <年度>] [--format 2019|2021]
        根据表格数据起草第一、五、六部分
  nianbao convert <文件> --json [--year <年度>] [--format 2019|2021]
        把报告转换为报告 JSON（含读到的单元格、未读到的单元格和每个单元格的问题）
  nianbao export <文件> --docx [-o <输出.docx>] [--force] [--year <年度>] [--format 2019|2021]
        导出 Word 文档（默认与报告同名、同文件夹）
  nianbao template --year <年度> --body <机关名称> [--previous <上年报告> [--other-body]] [-o <输出.xlsx>] [--force]
        生成 Excel 填报模板（有上年报告时预填上年结转）
  nianbao review <文件夹…> [-o <审核结果.xlsx>] [--hierarchy <层级.csv>] [--force] [--year <年度>] [--format 2019|2021]
        审核一批报告：按机关和年度归并、识别重复、相邻年度自动核对、质量检查、上下级比较，结果写入 Excel 工作簿

  --previous：上年报告须是上一年度、同一机关的报告（check、narrate 据此核对上年结转等，template 据此预填）；
        机关名称不同（如机关更名）时须加 --other-body 才会使用
  --year、--format：报告未写明年度或格式时，按此读取（格式：2019 适用于 2019—2020 年度，2021 适用于 2021 年度起）

退出码：0 没有错误（可以有警告）；1 有错误；2 文件无法读取或用法有误。`,
  unknownCommand: (name: string): string => `未知的命令“${name}”`,
  badOption: (detail: string): string => `参数有误：${detail}`,
  unknownOption: (option: string): string => `不认识的选项 ${option}`,
  optionNotForCommand: (option: string, command: keyof typeof COMMAND_NAMES): string =>
    `${COMMAND_NAMES[command]} 命令没有选项 ${option}`,
  optionValue: (option: string): string => `选项 ${option} 的值有误或缺少值`,
  emptyValue: (option: string): string => `选项 ${option} 的值不能为空`,
  unexpectedArgument: "多余的参数",
  noFiles: "请至少指定一个报告文件",
  oneFile: "该命令只接受一个报告文件",
  convertNeedsJson: "convert 目前只支持 --json 输出",
  convertRefused: (file: string, cells: number): string =>
    `${file} 有 ${cells} 个单元格的填写内容无法作为数字读取，未转换（转换后这些错误会看不到）；请先改正：`,
  unreadable: "无法读取",
  previousUnreadable: (file: string): string => `上年报告 ${file} 无法读取：`,
  previousOtherBody: (why: string, command: "check" | "narrate" | "template"): string =>
    `${why}。${previousNotUsed[command]}；若确是本机关上年的报告（如机关更名），请加 --other-body 再运行`,
  severity: { error: "错误", warning: "警告", info: "提示" },
  noFindings: "未发现问题",
  note: "说明",
  summary: (files: number, errors: number, warnings: number, unreadable: number): string =>
    `共 ${files} 个文件：错误 ${errors} 处，警告 ${warnings} 处${unreadable ? `，${unreadable} 个文件无法读取` : ""}`,
  tableUnread: (title: string, cells: number, rules: number): string =>
    `${title}：有 ${cells} 个单元格未读到${rules > 0 ? `，涉及的 ${rules} 条校验规则未核对` : ""}`,
  notCheckedReason: "所需单元格未读到",
  findingsNotListed: (count: number): string => `……另有 ${count} 处问题未列出（--json 可查看更多）`,
  moreNotListed: (count: number): string => `……另有 ${count} 条未列出`,
  linesLeftOut: (count: number): string => `……输出过长，另有 ${count} 行未显示`,
  textCut: (length: number): string => `…（共 ${length} 字，其余未显示）`,
  skipped: (path: string, reason: string): string => `${path}：已跳过：${reason}`,
  notRegular: (kind: "fifo" | "socket" | "device"): string =>
    `不是普通文件（${{ fifo: "命名管道", socket: "套接字", device: "设备文件" }[kind]}）`,
  brokenLink: "链接指向的文件不存在",
  linkFailed: (code: string): string => `链接无法跟随（${fileSystemReason(code)}）`,
  linkToFolder: "链接指向文件夹，未跟随",
  folderLoop: "文件夹已搜索过（文件夹循环）",
  fileTimedOut: (seconds: number): string =>
    `读取超过 ${seconds} 秒仍未完成，已放弃（较慢的电脑可设置环境变量 NIANBAO_TIME_LIMIT 为更长的秒数）`,
  fileTooLargeForMemory: "文件过大或过于复杂，读取所需内存超出限制",
  workerEnded: "校验线程意外结束",
  exportNeedsDocx: "export 目前只支持 --docx（Word 文档）",
  exported: (file: string): string => `已导出 ${file}`,
  exportProseTooLong: (
    section: { title: string; lines: number; characters: number },
    limits: { lines: number; characters: number },
  ): string =>
    `“${section.title}”部分有 ${section.lines.toLocaleString("en-US")} 行、${section.characters.toLocaleString("en-US")} 字，` +
    `远超年度报告的篇幅（导出上限 ${limits.lines.toLocaleString("en-US")} 行、${limits.characters.toLocaleString("en-US")} 字），未导出：请确认文件内容`,
  exportedWithErrors: (errors: number, file: string): string =>
    `注意：报告有 ${errors} 处错误，请用 nianbao check ${file} 查看并改正`,
  narratedWithErrors: (errors: number, file: string): string =>
    `注意：表格有 ${errors} 处错误，草稿中的数字可能有误，请用 nianbao check ${file} 查看并改正`,
  wouldOverwrite: (file: string): string => `${file} 已存在，未覆盖；如需覆盖，请加 --force`,
  cannotWrite: (file: string, code: string | undefined): string => `无法写入 ${file}（${fileSystemReason(code)}）`,
  cannotWriteReason: (code: string | undefined): string => `无法写入（${fileSystemReason(code)}）`,
  oldFileUntouched: "；原有文件未改动",
  outputIsInput: "这是要读取的报告文件本身，不会被覆盖（即使加了 --force）；请用 -o 指定另一个输出文件",
  outputNotRegular: (kind: "folder" | "special"): string =>
    kind === "folder"
      ? "这是一个文件夹，不能作为输出文件；请用 -o 指定文件名"
      : "这不是普通文件（可能是命名管道、设备或套接字），不能作为输出文件",
  outputWrongExtension: (file: string, extension: string): string =>
    `输出文件 ${file} 的扩展名与内容不符：该命令生成 ${extension} 文件，请用以 ${extension} 结尾的文件名`,
  progress: "校验中",
  sectionHeading: (title: string): string => title,
  tableHeadings: { file: "文件", body: "机关", year: "年度", errors: "错误", warnings: "警告" },
  notApplicable: "—",
  templateTakesNoFiles: "template 不读取报告文件：请用 --year、--body 和 -o 指定年度、机关名称和输出文件",
  templateNeedsBody: "请用 --body 指定机关名称，如 --body 某市某局",
  noTemplateBefore: (year: number): string =>
    `${yearBeforeFormatsMessage(year)}；模板只有 ${FORMATS_FIRST_YEAR} 年度起的格式，未生成`,
  badYear: (given: string): string =>
    `年度“${given}”有误：请填写 ${REPORT_YEARS.first}—${REPORT_YEARS.last} 年之间的四位年份，如 --year 2025`,
  badFormat: (given: string): string => `格式“${given}”有误：只能是 2019 或 2021，如 --format 2021`,
  carryOverNotChecked: (problem: string): string => `${problem}（本文件未核对上年结转）`,
  templateWritten: (file: string, year: number, format: string): string =>
    `已生成 ${file}（${year} 年度，${format} 格式）`,
  templatePrefilled: (count: number): string => `已按上年报告预填 ${count} 个单元格（上年结转等）`,
  internalError: (detail: string): string =>
    `nianbao 内部错误，请将以下信息反馈给开发者（设置环境变量 NIANBAO_DEBUG=1 可看到详细信息）：${detail}`,
  internalErrorInFile: (detail: string): string =>
    `读取或校验此文件时发生内部错误，其他文件不受影响；请将以下信息反馈给开发者：${detail}`,
};
