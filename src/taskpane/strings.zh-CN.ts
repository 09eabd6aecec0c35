/** Every string the task pane shows, in Simplified Chinese. */
export const strings = {
  title: "年报助手",
  intro: "帮助您按规定格式编制《政府信息公开工作年度报告》：插入报表模板，录入数据时即时校验勾稽关系，并生成文字说明。",
  insertTemplate: "插入 2025 年报表模板",
  comingSoon: "即将推出",
} as const;
