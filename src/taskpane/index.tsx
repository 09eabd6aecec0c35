import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { themeForOffice } from "./theme";

/** Mounts the task pane once Office (real Excel, or the preview's stand-in) is ready. */
async function mountTaskpane(): Promise<void> {
  await Office.onReady();
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  createRoot(container).render(
    <FluentProvider theme={themeForOffice()}>
      <App />
    </FluentProvider>,
  );
}

void mountTaskpane();
