import { addressIn, apps, insertYear } from "../src/excel/__fixtures__/preview-host";
import type { ReportSheet } from "../src/excel/settings";
import { validateWorkbookReport } from "../src/excel/validate";
import { watchEdits } from "../src/excel/watch-edits";
import { createWorkbook, installPreviewHost, type PreviewWorkbook } from "../src/preview/workbook";
import { measureRow, type Row } from "./table";

// Round trips per action on the preview host (each context.sync() is a hop to Excel, over the network on the web).

const inForce = { table: "disclosure", key: "rules.inForce" } as const;

/** An action, its budget of syncs, and whether it may write (edits and 一键校验 read only: the marks are conditional formats). */
type Action = [
  what: string,
  budget: number,
  act: (workbook: PreviewWorkbook, sheet: ReportSheet) => Promise<unknown>,
  readOnly?: "reads only",
];

async function type(workbook: PreviewWorkbook, sheet: ReportSheet, key: string, value: string): Promise<void> {
  workbook.editFromUi(sheet.tablesSheet, addressIn(sheet, apps(key)), [[value]]);
  await workbook.whenIdle();
}

const actions: Action[] = [
  ["insert the template", 2, () => insertYear(2026)],
  ["an edit that leaves every check as it was", 1, (w, s) => type(w, s, "newReceived.natural", "0"), "reads only"],
  ["an edit that breaks a balance", 1, (w, s) => type(w, s, "newReceived.natural", "5"), "reads only"],
  ["一键校验 with nothing changed", 1, (_w, s) => validateWorkbookReport(s), "reads only"],
  [
    "一键校验 after a change",
    1,
    async (w, s) => {
      w.model.enableEvents = false;
      w.editFromUi(s.tablesSheet, addressIn(s, apps("newReceived.natural")), [["5"]]);
      w.model.enableEvents = true;
      w.resetStats();
      return validateWorkbookReport(s);
    },
    "reads only",
  ],
];

/** Two years inserted and the 2025 report watched, with one warning marked: the state a person works in. */
async function setUp(workbook: PreviewWorkbook): Promise<ReportSheet> {
  const previous = await insertYear(2024);
  const sheet = await insertYear(2025);
  workbook.editFromUi(previous.tablesSheet, addressIn(previous, inForce), [["9"]]);
  workbook.editFromUi(sheet.tablesSheet, addressIn(sheet, inForce), [["7"]]);
  await validateWorkbookReport(sheet);
  await watchEdits(sheet, () => undefined);
  return sheet;
}

/** Syncs of each Excel.run of an action, and its writes, on a fresh preview workbook. */
async function syncsOf(act: Action[2]): Promise<{ syncs: number[]; writes: number }> {
  const workbook = createWorkbook();
  const uninstall = installPreviewHost(workbook);
  try {
    const sheet = await setUp(workbook);
    workbook.resetStats();
    await act(workbook, sheet);
    return { syncs: workbook.stats.runs.map((run) => run.syncs), writes: workbook.stats.totals.writes };
  } finally {
    uninstall();
  }
}

export async function syncRows(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [what, budget, act, readOnly] of actions) {
    const limit = `1 run, ≤ ${budget} sync${budget > 1 ? "s" : ""}${readOnly ? ", 0 writes" : ""}`;
    rows.push(
      await measureRow(`syncs: ${what}`, limit, async () => {
        const { syncs, writes } = await syncsOf(act);
        const most = Math.max(0, ...syncs);
        return {
          measured: `${syncs.length} run${syncs.length === 1 ? "" : "s"}, ${syncs.join("+") || 0} syncs, ${writes} writes`,
          within: syncs.length === 1 && most <= budget && (!readOnly || writes === 0),
        };
      }),
    );
  }
  return rows;
}
