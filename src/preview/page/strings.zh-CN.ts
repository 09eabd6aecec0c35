/** Every string the preview page shows (the task pane has its own). */
export const previewStrings = {
  banner: "年报助手 · 本地预览",
  bannerNote: "左侧为模拟 Excel 的工作簿（数据只保存在本页），右侧为真实的任务窗格。",
  workbookLabel: "工作簿",
  sheetTabsLabel: "工作表",
  protectedSheet: "（已保护）",
  gridLabel: (sheetName: string) => `工作表“${sheetName}”的单元格`,
  nameBoxLabel: "名称框",
  formulaBarLabel: "编辑栏",
  editorLabel: (address: string) => `编辑单元格 ${address}`,
  paneLabel: "任务窗格",
  protectedTitle: "无法更改",
  protectedMessage: "该单元格受保护",
  invalidTitle: "输入值无效",
  invalidMessage: "此值与此单元格定义的数据验证限制不匹配。",
  dismiss: "关闭提示",
} as const;
