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
    default:
      return "文件系统拒绝了操作";
  }
}

export const fileMessages = {
  cannotOpen: (code: string | undefined): string =>
    code === "ENOENT"
      ? "文件不存在"
      : code === "EISDIR"
        ? fileSystemReason(code)
        : `无法打开文件（${fileSystemReason(code)}）`,
  unknownType: (ext: string): string =>
    `不支持的文件类型“${ext || "无扩展名"}”：请提供 .xlsx（Excel 工作簿）、.txt（网页复制的报告文本）、.html（保存的报告网页）或 .json（报告数据）`,
  badJson: (position: number | undefined): string =>
    `不是有效的 JSON 文件${position === undefined ? "" : `（第 ${position + 1} 个字符附近有误）`}`,
};
