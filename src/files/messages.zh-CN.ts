// What nianbao says about files it cannot read.

export const fileMessages = {
  cannotOpen: (code: string | undefined): string =>
    code === "ENOENT"
      ? "文件不存在"
      : code === "EISDIR"
        ? "这是一个文件夹，不是文件"
        : `无法打开文件（${code ?? "未知原因"}）`,
  unknownType: (ext: string): string =>
    `不支持的文件类型“${ext || "无扩展名"}”：请提供 .xlsx（Excel 工作簿）、.txt（网页复制的报告文本）、.html（保存的报告网页）或 .json（报告数据）`,
  badJson: (detail: string): string => `不是有效的 JSON 文件（${detail}）`,
};
