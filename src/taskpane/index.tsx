import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { registerRibbonCommands } from "../commands/commands";
import { App } from "./App";
import { createExcelActions } from "./excel-actions";
import { themeForOffice } from "./theme";

/** Mounts the task pane once Office (real Excel, or the preview's stand-in) is ready. */
async function mountTaskpane(): Promise<void> {
  await Office.onReady();
  registerRibbonCommands();
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  createRoot(container).render(
    <FluentProvider theme={themeForOffice()}>
      <App actions={createExcelActions()} defaultYear={new Date().getFullYear() - 1} />
    </FluentProvider>,
  );
}

void mountTaskpane();
