// Ribbon commands (ExecuteFunction actions). Each must call event.completed(), or Office queues later clicks forever.

/** Opens the task pane (for keyboard shortcuts; the ribbon button uses a ShowTaskpane action instead). */
function showTaskpane(event: Office.AddinCommands.Event): void {
  // A rejection (no shared runtime) is left unhandled on purpose: it then shows in the host's developer tools.
  void Office.addin.showAsTaskpane().finally(() => event.completed());
}

/** Validates the report in the workbook; the checks themselves arrive with the validation issue. */
function validateReport(event: Office.AddinCommands.Event): void {
  event.completed();
}

Office.actions.associate("showTaskpane", showTaskpane);
Office.actions.associate("validateReport", validateReport);
