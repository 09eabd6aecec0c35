import { createRoot } from "react-dom/client";
import { registerRibbonCommands } from "../../commands/commands";
import { parseApiLevel } from "../workbook/api-level";
import { installPreviewHost } from "../workbook/install";
import { createWorkbook } from "../workbook/workbook";
import { PreviewPage } from "./PreviewPage";

/**
 * The preview page's entry: an in-browser workbook stands in for Excel (Excel.run, Office.onReady answering host
 * Excel), so the real task pane runs beside a grid view of that workbook without loading anything from outside.
 */
async function mountPreview(): Promise<void> {
  const workbook = createWorkbook();
  // preview.html?theme=dark shows the pane as in Office's dark theme; ?api=1.8 makes the host answer ExcelApi 1.8.
  const query = new URLSearchParams(window.location.search);
  const apiLevel = parseApiLevel(query.get("api"));
  installPreviewHost(workbook, {
    dark: query.get("theme") === "dark",
    ...(apiLevel === undefined ? {} : { apiLevel }),
  });
  // Browser tests and curious developers reach the workbook (and its sync counters) from the console.
  Object.assign(window, { __nianbaoPreview: { workbook } });
  await Office.onReady();
  registerRibbonCommands();
  const container = document.getElementById("preview");
  if (!container) throw new Error("preview.html has no #preview element");
  createRoot(container).render(<PreviewPage workbook={workbook} />);
}

void mountPreview();
