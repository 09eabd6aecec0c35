import { hostCall } from "./host-error";
import { runForUser } from "./run";

// The sheet in view, so that the pane and the ribbon's 一键校验 work on the report a person is looking at.

/** The name of a sheet by its id. One sync. */
function sheetName(id: string): Promise<string> {
  return runForUser(async (context) => {
    const sheet = context.workbook.worksheets.getItem(id).load("name");
    await context.sync();
    return sheet.name;
  });
}

/**
 * Calls `onActive` with the active sheet's name now and whenever another sheet becomes the active one
 * (worksheets.onActivated); failures go to `onError`. Returns the function that stops watching.
 */
export async function watchActiveSheet(
  onActive: (name: string) => void,
  onError: (error: unknown) => void,
): Promise<() => Promise<void>> {
  const handler = (args: Excel.WorksheetActivatedEventArgs): Promise<void> =>
    sheetName(args.worksheetId).then(onActive, onError);
  const { registration, active } = await runForUser(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
    const added = context.workbook.worksheets.onActivated.add(handler);
    await context.sync();
    return { registration: added, active: sheet.name };
  });
  onActive(active);
  return () =>
    hostCall(() =>
      Excel.run(registration.context, async (context) => {
        registration.remove();
        await context.sync();
      }),
    );
}
