// What the Word and Excel writers say when they drop characters a file cannot hold.

export const xmlSafeMessages = {
  body: "机关名称",
  dropped: (where: string, count: number): string =>
    `${where}中有 ${count} 个 Word/Excel 文件无法保存的控制字符（如 U+FFFE，通常随复制粘贴带入，看不见），已删除`,
};
