// What `nianbao review` says to a person, beside the messages every command shares.

export const reviewMessages = {
  defaultOutput: "审核结果.xlsx",
  read: (finished: number, total: number): string => `已读取 ${finished}/${total} 个文件`,
  hierarchyUnreadable: (file: string, reason: string): string => `层级文件 ${file} 无法读取：${reason}`,
  hierarchyLine: (line: number): string => `层级文件第 ${line} 行应为“上级,下级”两个机关名称，已跳过`,
  hierarchyFromFolders: (links: number): string => `按子文件夹确定上下级关系 ${links} 对（未指定 --hierarchy）`,
  written: (file: string): string => `审核结果已写入 ${file}`,
  summary: (files: number, entries: number, counts: Record<"passed" | "errors" | "partial" | "unreadable", number>) =>
    `共 ${files} 个文件，${entries} 份报告（按机关和年度）：通过 ${counts.passed}，有错误 ${counts.errors}，` +
    `未读完 ${counts.partial}，无法读取 ${counts.unreadable}`,
};

/** The header row a 层级 CSV may start with. */
export const hierarchyHeader = ["上级", "下级"] as const;
