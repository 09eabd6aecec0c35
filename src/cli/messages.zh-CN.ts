// Everything the command line says to a person, in one place.

export const cliMessages = {
  usage: `用法：
  nianbao check <文件或文件夹…> [--previous <上年报告>] [--json]   校验报告（.txt 网页文本、.json 报告数据）
  nianbao narrate <文件> [--previous <上年报告>]                   根据表格数据起草第一、五、六部分
  nianbao convert <文件> --json                                    把网页文本报告转换为报告 JSON

退出码：0 没有错误（可以有警告）；1 有错误；2 文件无法读取或用法有误。`,
  unknownCommand: (name: string): string => `未知的命令“${name}”`,
  badOption: (detail: string): string => `参数有误：${detail}`,
  noFiles: "请至少指定一个报告文件",
  oneFile: "该命令只接受一个报告文件",
  convertNeedsJson: "convert 目前只支持 --json 输出",
  unreadable: "无法读取",
  previousUnreadable: (file: string): string => `上年报告 ${file} 无法读取：`,
  error: "错误",
  warning: "警告",
  noFindings: "未发现问题",
  summary: (files: number, errors: number, warnings: number, unreadable: number): string =>
    `共 ${files} 个文件：错误 ${errors} 处，警告 ${warnings} 处${unreadable ? `，${unreadable} 个文件无法读取` : ""}`,
  fileHeading: (file: string, body: string, year: number, format: string): string =>
    `${file}（${body || "未注明机关"}，${year} 年度，${format} 格式）`,
  sectionHeading: (title: string): string => `${title}`,
  internalError: (detail: string): string => `nianbao 内部错误，请将以下信息反馈给开发者：${detail}`,
};
