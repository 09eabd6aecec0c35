import { checkSheet, toReportJson, type Report } from "../domain";
import { oneAtATime, type CheckResult } from "./check-run";
import { inspectReport } from "./inspect";
import { attachedSchema, queueLastYear, type LastYear } from "./last-year";
import { queueReportRead } from "./read-report";
import { runForUser, runUndoStep } from "./run";
import { queueSetting, queueSettingWrite, settingKeys, type ReportSheet } from "./settings";

// Attaching last year's report to a report after insertion (上年报告), and reading a report with last year's.

/** A report and last year's (from the workbook or attached), read in one sync: what the drafter works from. */
export function readReportWithLastYear(sheet: ReportSheet): Promise<{ report: Report; lastYear: LastYear }> {
  return runForUser(async (context) => {
    const reading = queueReportRead(context, sheet.year, [sheet.format]);
    const lastYear = queueLastYear(context, sheet.year);
    await context.sync();
    return { report: reading(sheet).report, lastYear: lastYear() };
  });
}

/** What attaching did: the check with last year's report, and which last year's report the checks use. */
export type AttachResult = CheckResult & { lastYear: "workbook" | "attached" };

/**
 * Keeps `previous` (checked by the caller to be last year's) as the report's last year and checks the report against
 * it. Last year's sheets in this workbook come first: then nothing is written and the check is theirs. One Excel.run,
 * one undo step: the first sync reads, the second writes the one setting.
 */
export function attachPreviousReport(sheet: ReportSheet, previous: Report): Promise<AttachResult> {
  return oneAtATime(() =>
    runUndoStep(async (context): Promise<AttachResult> => {
      const attached = queueSetting(context, settingKeys.previousReports, attachedSchema, []);
      const { input, check, lastYear } = await inspectReport(context, sheet);
      if (lastYear?.from === "workbook")
        return { findings: check.findings, report: check.report, lastYear: "workbook" };
      const others = attached().filter((a) => a.forYear !== sheet.year);
      queueSettingWrite(context, settingKeys.previousReports, [
        ...others,
        { forYear: sheet.year, report: toReportJson(previous) },
      ]);
      await context.sync();
      const next = checkSheet({ ...input, previous });
      return { findings: next.findings, report: next.report, lastYear: "attached" };
    }),
  );
}
