import { HostError } from "./host-error";
import { runForUser } from "./run";
import { queueSettingWrite, settingKeys, type ReportSheet } from "./settings";

// An insertion whose writing sync failed part-way (the connection dropped, Excel gave up) may have left a sheet, some
// names or half a sheet behind. They are all the insertion's own (it only starts when neither sheet exists and no
// name of the year points anywhere), so they are removed and the reports list is put back: the workbook is as it was.

/**
 * Removes what a failed insertion left, then throws a HostError saying so (`interrupted`); when the removal fails
 * too, throws the original failure.
 */
export async function undoInsert(
  names: { tables: string; text: string },
  year: number,
  reportsBefore: ReportSheet[],
  failure: unknown,
): Promise<never> {
  try {
    await runForUser(async (context) => {
      const sheets = [names.tables, names.text].map((name) =>
        context.workbook.worksheets.getItemOrNullObject(name).load("name"),
      );
      const workbookNames = context.workbook.names.load("items/name");
      await context.sync();
      for (const item of workbookNames.items) if (item.name.toLowerCase().startsWith(`nb_${year}_`)) item.delete();
      for (const sheet of sheets) if (!sheet.isNullObject) sheet.delete();
      queueSettingWrite(context, settingKeys.reports, reportsBefore);
      await context.sync();
    });
  } catch {
    throw failure;
  }
  throw new HostError("interrupted", failure);
}
