// What `npm start` and `npm run preview` print, in Simplified Chinese.
export const startMessages = {
  previewBecauseNoExcel: (platform) =>
    `本机系统为 ${platform}，没有桌面版 Excel（桌面版 Excel 仅适用于 Windows 和 macOS），因此改为打开本地预览：` +
    "左侧是模拟 Excel 的工作簿，右侧是真实的任务窗格。",
  previewBecauseAsked: "已按要求打开本地预览：左侧是模拟 Excel 的工作簿，右侧是真实的任务窗格。",
  previewBecauseExcelMissing: "本机未找到 Microsoft Excel 应用，因此改为打开本地预览。",
  sideloading: "检测到桌面版 Excel，正在按官方模板的方式旁加载本加载项（office-addin-debugging）……",
  manifestMissing: "缺少 manifest.xml，无法旁加载到 Excel。可先运行 npm run preview 使用本地预览。",
  building: "正在构建预览，请稍候……",
  ready: (url) => `预览已就绪：${url}\n在浏览器中打开上面的地址。按 Ctrl+C 停止。`,
  rebuilt: "预览已重新构建。",
  buildFailed: "构建失败，请查看上面的错误信息。",
  portBusy: (wanted, used) => `端口 ${wanted} 已被其他程序占用，改用端口 ${used}。`,
  portTaken: (port) =>
    `端口 ${port} 已被其他程序占用，无法启动预览。请关闭占用该端口的程序，或换一个端口，例如：npm start -- --port ${port + 1}`,
  portsTaken: (first, last) =>
    `端口 ${first}–${last} 都已被其他程序占用，无法启动预览。请用 --port 指定一个空闲端口，例如：npm start -- --port 8080`,
  portInvalid: (given) => `端口“${given}”无效：请填写 1–65535 之间的整数，例如：npm start -- --port 3001`,
};
