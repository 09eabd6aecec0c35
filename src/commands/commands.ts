import { requestFromRibbon } from "../taskpane/ribbon-requests";

// Ribbon commands (ExecuteFunction actions), run in the pane's shared runtime. Each must call event.completed(),
// or Office queues later clicks forever.

/** Opens the task pane (for keyboard shortcuts; the ribbon button uses a ShowTaskpane action instead). */
function showTaskpane(event: Office.AddinCommands.Event): void {
  // A rejection (no shared runtime) is left unhandled on purpose: it then shows in the host's developer tools.
  void Office.addin.showAsTaskpane().finally(() => event.completed());
}

/** 一键校验: shows the pane and asks it to validate the report; the findings are listed there. */
function validateReport(event: Office.AddinCommands.Event): void {
  void Office.addin
    .showAsTaskpane()
    .then(() => requestFromRibbon("validate"))
    .finally(() => event.completed());
}

/** Registers the ribbon's functions; the pane calls it once Office is ready. */
export function registerRibbonCommands(): void {
  Office.actions.associate("showTaskpane", showTaskpane);
  Office.actions.associate("validateReport", validateReport);
}
