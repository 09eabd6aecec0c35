// Everything the command line says to a person, in one place.

import { fileSystemReason } from "../files/messages.zh-CN";

export const cliMessages = {
  usage: `用法：
  nianbao check <文件或文件夹…> [--previous <上年报告>] [--json]   校验报告（.txt 网页文本、.html 保存的网页、.xlsx 工作簿、
                                                                   .json 报告数据）；文件夹含其子文件夹
  nianbao narrate <文件> [--previous <上年报告>]                   根据表格数据起草第一、五、六部分
  nianbao convert <文件> --json                                    把网页文本报告转换为报告 JSON
  nianbao export <文件> --docx [-o <输出.docx>] [--force]          导出 Word 文档（默认与报告同名、同文件夹）
  nianbao template --year <年度> --body <机关名称> [--previous <上年报告>] [-o <输出.xlsx>] [--force]
                                                                   生成 Excel 填报模板（有上年报告时预填上年结转）

退出码：0 没有错误（可以有警告）；1 有错误；2 文件无法读取或用法有误。`,
  unknownCommand: (name: string): string => `未知的命令“${name}”`,
  badOption: (detail: string): string => `参数有误：${detail}`,
  unknownOption: (option: string): string => `不认识的选项 ${option}`,
  optionValue: (option: string): string => `选项 ${option} 的值有误或缺少值`,
  unexpectedArgument: "多余的参数",
  noFiles: "请至少指定一个报告文件",
  oneFile: "该命令只接受一个报告文件",
  convertNeedsJson: "convert 目前只支持 --json 输出",
  unreadable: "无法读取",
  previousUnreadable: (file: string): string => `上年报告 ${file} 无法读取：`,
  error: "错误",
  warning: "警告",
  noFindings: "未发现问题",
  note: "说明",
  summary: (files: number, errors: number, warnings: number, unreadable: number): string =>
    `共 ${files} 个文件：错误 ${errors} 处，警告 ${warnings} 处${unreadable ? `，${unreadable} 个文件无法读取` : ""}`,
  sectionHeading: (title: string): string => `${title}`,
  exportNeedsDocx: "export 目前只支持 --docx（Word 文档）",
  exported: (file: string): string => `已导出 ${file}`,
  exportedWithErrors: (errors: number, file: string): string =>
    `注意：报告有 ${errors} 处错误，请用 nianbao check ${file} 查看并改正`,
  wouldOverwrite: (file: string): string => `${file} 已存在，未覆盖；如需覆盖，请加 --force`,
  cannotWrite: (file: string, code: string | undefined): string => `无法写入 ${file}（${fileSystemReason(code)}）`,
  progress: "校验中",
  tableHeadings: { file: "文件", body: "机关", year: "年度", errors: "错误", warnings: "警告" },
  notApplicable: "—",
  templateTakesNoFiles: "template 不读取报告文件：请用 --year、--body 和 -o 指定年度、机关名称和输出文件",
  templateNeedsBody: "请用 --body 指定机关名称，如 --body 某市某局",
  badYear: (given: string | undefined, firstYear: number): string =>
    `年度“${given ?? ""}”有误：请填写 ${firstYear} 年以后的四位年份，如 --year 2025`,
  previousNotLastYear: (previousYear: number, year: number): string =>
    `注意：上年报告是 ${previousYear} 年度的，不是 ${year - 1} 年度的；仍按它预填`,
  templateWritten: (file: string, year: number, format: string): string =>
    `已生成 ${file}（${year} 年度，${format} 格式）`,
  templatePrefilled: (count: number): string => `已按上年报告预填 ${count} 个单元格（上年结转等）`,
  internalError: (detail: string): string =>
    `nianbao 内部错误，请将以下信息反馈给开发者（设置环境变量 NIANBAO_DEBUG=1 可看到详细信息）：${detail}`,
};
