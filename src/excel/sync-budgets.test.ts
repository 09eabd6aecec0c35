import { draftNarrative, quickFixOf } from "../domain";
import { addressIn, apps, insertYear, typeFigure, withPreviewHost } from "./__fixtures__/preview-host";
import { dismissWarning, restoreDismissal } from "./dismissals";
import { writeNarrative } from "./narrative";
import { applyQuickFix } from "./quick-fixes";
import { readReport } from "./read-report";
import type { ReportSheet } from "./settings";
import { validateWorkbookReport } from "./validate";
import { watchEdits } from "./watch-edits";

// Every context.sync() is a round trip to Excel (over the network in Excel on the web): each action has a budget of
// syncs, counted on the preview host, and the test fails as soon as one goes over.

// Several inserted sheets per test, on a machine that may be busy.
jest.setTimeout(30_000);

const host = withPreviewHost();

const inForce = { table: "disclosure", key: "rules.inForce" } as const;

/** Two years inserted, the 2025 report watched, a 现行有效件数 warning and nothing else marked. */
async function setUp(): Promise<ReportSheet> {
  const previous = await insertYear(2024);
  const sheet = await insertYear(2025);
  host.workbook.editFromUi(previous.tablesSheet, addressIn(previous, inForce), [["9"]]);
  host.workbook.editFromUi(sheet.tablesSheet, addressIn(sheet, inForce), [["7"]]);
  await validateWorkbookReport(sheet);
  await watchEdits(sheet, () => undefined);
  return sheet;
}

async function warning(sheet: ReportSheet) {
  const found = (await validateWorkbookReport(sheet)).findings.find((f) => f.ruleId === "carryOver.inForce");
  if (!found) throw new Error("expected the 现行有效件数 warning");
  return found;
}

/** An action, its budget of syncs per Excel.run, and of writes in all ("any": not budgeted). */
type Case = [name: string, syncs: number[], writes: number | "any", act: (sheet: ReportSheet) => Promise<unknown>];

const cases: Case[] = [
  ["insert a year's template", [2], "any", () => insertYear(2026)],
  // The marks are the sheet's conditional formats: an edit that breaks a balance is read, never written to.
  [
    "an edit that leaves every check as it was",
    [1],
    0,
    (sheet) => typeFigure(host.workbook, sheet, "newReceived.natural", "0"),
  ],
  ["an edit that breaks a balance", [1], 0, (sheet) => typeFigure(host.workbook, sheet, "newReceived.natural", "5")],
  ["一键校验 with nothing changed", [1], 0, (sheet) => validateWorkbookReport(sheet)],
  [
    "一键校验 after a change the watcher did not see",
    [1],
    0,
    async (sheet) => {
      host.workbook.model.enableEvents = false;
      host.workbook.editFromUi(sheet.tablesSheet, addressIn(sheet, apps("newReceived.natural")), [["5"]]);
      host.workbook.model.enableEvents = true;
      host.workbook.resetStats();
      return validateWorkbookReport(sheet);
    },
  ],
  [
    "dismiss a warning",
    [2],
    "any",
    async (sheet) => {
      const found = await warning(sheet);
      host.workbook.resetStats();
      return dismissWarning(sheet, found, "两件规章已废止");
    },
  ],
  [
    "take a dismissal back",
    [2],
    "any",
    async (sheet) => {
      const found = await warning(sheet);
      await dismissWarning(sheet, found, "两件规章已废止");
      host.workbook.resetStats();
      return restoreDismissal(sheet, found);
    },
  ],
  [
    "a quick fix",
    [2],
    "any",
    async (sheet) => {
      const blank = (await validateWorkbookReport(sheet)).findings.find((f) => f.code === "cell.blank");
      const fix = blank && quickFixOf(blank);
      if (!fix) throw new Error("expected a blank-cell warning");
      host.workbook.resetStats();
      return applyQuickFix(sheet, fix);
    },
  ],
  [
    "draft the prose: read the figures, then write the drafts",
    [1, 2],
    "any",
    async (sheet) => {
      const { report } = await readReport(sheet);
      return writeNarrative(sheet, draftNarrative(report), { replace: false });
    },
  ],
];

describe("round trips per action on the preview host", () => {
  it.each(cases)("%s: syncs per Excel.run within %j, writes within %s", async (_name, budget, writes, act) => {
    const sheet = await setUp();
    host.workbook.resetStats();
    await act(sheet);
    const syncs = host.workbook.stats.runs.map((run) => run.syncs);
    expect(syncs).toHaveLength(budget.length);
    syncs.forEach((count, i) => expect(count).toBeLessThanOrEqual(budget[i] ?? 0));
    if (writes !== "any") expect(host.workbook.stats.totals.writes).toBeLessThanOrEqual(writes);
  });
});
