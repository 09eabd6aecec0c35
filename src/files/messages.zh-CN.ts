// What nianbao says about files it cannot read.

/** Why the file system refused, in words (Node's codes ENOENT, EACCES … mean nothing to a reader). */
export function fileSystemReason(code: string | undefined): string {
  switch (code) {
    case "ENOENT":
      return "文件或文件夹不存在";
    case "EISDIR":
      return "这是一个文件夹，不是文件";
    case "EACCES":
    case "EPERM":
      return "没有访问权限";
    case "EROFS":
      return "位置只读";
    case "ENOSPC":
      return "磁盘空间不足";
    case "EDQUOT":
      return "超出磁盘配额";
    case "EFBIG":
      return "超出允许的文件大小";
    case "ENOTDIR":
      return "路径中有一段不是文件夹";
    case "ENAMETOOLONG":
      return "文件名或路径过长";
    case "ELOOP":
      return "符号链接循环（链接最终指向自身）";
    case "EEXIST":
      return "文件已存在";
    case "EMFILE":
    case "ENFILE":
      return "同时打开的文件过多";
    case "EIO":
      return "磁盘读写出错";
    default:
      return "文件系统拒绝了操作";
  }
}

/** A size in words: “20 MB”. */
const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;

export const fileMessages = {
  cannotOpen: (code: string | undefined): string =>
    code === "ENOENT"
      ? "文件不存在"
      : code === "EISDIR"
        ? fileSystemReason(code)
        : `无法打开文件（${fileSystemReason(code)}）`,
  notRegular: (kind: "fifo" | "socket" | "device"): string =>
    `这不是普通文件，而是${{ fifo: "命名管道", socket: "套接字", device: "设备文件" }[kind]}，未读取`,
  isFolder: "这是一个文件夹，不是文件：该命令只读取一个报告文件（check 命令可以读取整个文件夹）",
  folderNotOpened: (code: string): string => `这是一个文件夹，无法打开（${fileSystemReason(code)}）`,
  unknownType: (ext: string, readable: readonly string[]): string =>
    `不支持的文件类型“${ext || "无扩展名"}”：可以读取的类型有 ${readable.join(" ")}` +
    "（Excel 工作簿、Word 文档、PDF、保存的报告网页、网页复制的报告文本或报告数据）",
  saveAsDocx: (ext: string): string =>
    `无法读取旧版 Word/WPS 文档（${ext}）：请在 Word 或 WPS 中“另存为” .docx 格式后再读取`,
  tooLarge: (ext: string, limit: number): string =>
    `文件过大：${ext} 文件最大 ${megabytes(limit)}，年度报告远小于此，请确认选择的是报告文件`,
  badJson: (line: number, column: number): string => `不是有效的 JSON 文件（第 ${line} 行第 ${column} 列附近有误）`,
  badJsonNoPlace: "不是有效的 JSON 文件",
  zipTooManyEntries: (entries: number, limit: number): string =>
    `文件包含的条目过多（${entries} 个，最多 ${limit} 个），不像是正常的 Word 或 Excel 文件`,
  zipTooLarge: (limit: number): string =>
    `文件解压后过大（超过 ${megabytes(limit)}），不像是正常的 Word 或 Excel 文件，未读取`,
  zipSizeMismatch: "文件已损坏或被改动：压缩包中记录的大小与实际内容不符，未读取",
  zipCorrupt: "文件已损坏或不是有效的 Word/Excel 文件（压缩包无法解开）",
  notDocx: "不是有效的 Word 文档（.docx）：文件中没有正文",
  badDocxXml: "Word 文档的正文已损坏，无法读取",
  mixedEncodings: (lines: number): string =>
    `文件混用了两种编码（UTF-8 和 GBK），已逐行识别；其中 ${lines} 行与其余部分编码不同，请核对这些行的文字`,
  badBytes: (count: number): string => `文件中有 ${count} 处无法识别的字节（不是任何文字），已略去；请核对附近的文字`,
  docxTooLarge: (limit: number): string =>
    `Word 文档过大：段落或表格单元格超过 ${limit.toLocaleString("en-US")} 个，年度报告远少于此，不像是年度报告，未读取`,
  docxEncrypted: "Word 文档设有打开密码（已加密），无法读取：请在 Word 或 WPS 中取消密码后另存为 .docx 再读取",
  docxIsOldWord:
    "这是旧版 Word/WPS 文档（.doc 格式），只是扩展名为 .docx：请在 Word 或 WPS 中“另存为” .docx 格式后再读取",
  docxDrawingsNotRead: (count: number, example: { shown: string; drawing: string } | undefined): string =>
    `文档中有 ${count} 处文本框或图形中的文字未作为报告内容读取（Word 显示的是单元格本身的内容）` +
    (example ? `，如显示“${example.shown}”的单元格上的文本框“${example.drawing}”` : ""),
  docxTooDeep: "Word 文档的嵌套层次过深，无法读取",
  pdfScan: "这是扫描件（PDF 中没有文字，只有图片），无法读取其中的数字：请提供 Word、网页或文字版 PDF",
  pdfBroken: "PDF 文件已损坏或无法打开",
  pdfEncrypted: "PDF 文件设有密码，无法读取：请提供未加密的文件",
  pdfTimeout: (seconds: number): string => `PDF 文件读取超时（超过 ${seconds} 秒），未读取`,
  pdfTooBig: "PDF 文件读取时占用内存过多，未读取",
  pdfTooMuchContent: (megabytes: number): string =>
    `PDF 文件的页面内容解压后超过 ${megabytes} MB，远超一份年报，未读取`,
  xlsxNotInPane: "上年报告请选择 Word、网页、文本或 .json 文件；若上年报表在 Excel 工作簿中，请在该工作簿中打开本助手",
  htmlTooComplex: (tags: number): string =>
    `网页过于复杂（超过 ${tags.toLocaleString("en-US")} 个标签），不像是年度报告的网页，未读取`,
};
