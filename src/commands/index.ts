import { registerRibbonCommands } from "./commands";

// commands.html: the function file for hosts that load ribbon commands apart from the pane. With the shared runtime
// the manifest asks for, the pane's own page registers them instead (src/taskpane/index.tsx).
void Office.onReady(() => registerRibbonCommands());
