import { quickFixOf } from "../domain";
import { insertRows } from "../preview/workbook/rows";
import { addressIn, apps, cellAt, insertYear, withPreviewHost } from "./__fixtures__/preview-host";
import { applyQuickFix } from "./quick-fixes";
import type { ReportSheet } from "./settings";
import { watchEdits, type EditCheck } from "./watch-edits";

// Several inserted sheets per test, on a machine that may be busy.
jest.setTimeout(30_000);

const host = withPreviewHost();

type Watch = { results: EditCheck[]; errors: unknown[]; stop: () => Promise<void> };

async function watch(sheet: ReportSheet): Promise<Watch> {
  const results: EditCheck[] = [];
  const errors: unknown[] = [];
  const stop = await watchEdits(
    sheet,
    (result) => results.push(result),
    (error) => errors.push(error),
  );
  // The first check, of the sheet as it was when watching began, is not an edit's.
  results.splice(0);
  return { results, errors, stop };
}

async function edit(sheet: ReportSheet, address: string, values: unknown[][]): Promise<void> {
  expect(host.workbook.editFromUi(sheet.tablesSheet, address, values)).toEqual({ ok: true });
  await host.workbook.whenIdle();
}

async function unprotect(sheet: ReportSheet): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet.tablesSheet).protection.unprotect();
    await context.sync();
  });
}

const errorsOf = (result: EditCheck | undefined) =>
  result?.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.cells[0]?.key]);

describe("watchEdits", () => {
  it("lists a broken 勾稽关系 once and drops it once fixed, reading once and writing nothing per edit", async () => {
    const sheet = await insertYear(2025);
    const { results } = await watch(sheet);
    host.workbook.resetStats();
    await edit(sheet, addressIn(sheet, apps("newReceived.natural")), [["5"]]);
    // The same imbalance along the 总计 column is folded into the figure's own finding.
    expect(errorsOf(results[0])).toEqual([["balance.mismatch", "newReceived.natural"]]);
    expect(results[0]?.findings[0]?.related?.map((f) => f.cells[0]?.key)).toEqual(["newReceived.total"]);

    await edit(sheet, addressIn(sheet, apps("disclosed.natural")), [["5"]]);
    expect(errorsOf(results[1])).toEqual([]);
    expect(host.workbook.stats.runs.map(({ syncs, writes }) => ({ syncs, writes }))).toEqual([
      { syncs: 1, writes: 0 },
      { syncs: 1, writes: 0 },
    ]);
    expect(host.workbook.snapshot().sheets[1]?.protection.protected).toBe(true);
  });

  it("lists a total typed over with 恢复公式 and leaves it as typed; the fix puts the formula back", async () => {
    const sheet = await insertYear(2025);
    await unprotect(sheet);
    const { results } = await watch(sheet);
    await edit(sheet, addressIn(sheet, apps("newReceived.natural")), [["2"]]);
    const total = addressIn(sheet, apps("newReceived.total"));
    await edit(sheet, total, [["99"]]);
    const lost = results[1]?.findings.find((f) => f.code === "cell.formulaLost");
    expect(lost).toMatchObject({ severity: "error", cells: [apps("newReceived.total")], actual: 99 });
    // One finding for one mistake: not also “the total does not add up”.
    expect(results[1]?.findings.filter((f) => f.ruleId === "applications.rowTotal")).toEqual([]);
    expect(cellAt(host.workbook, sheet.tablesSheet, total)).toMatchObject({ value: 99 });
    expect(cellAt(host.workbook, sheet.tablesSheet, total)?.formula).toBeUndefined();

    const fix = lost && quickFixOf(lost);
    expect(fix).toEqual({ kind: "restoreFormula", cells: [apps("newReceived.total")] });
    const fixed = fix && (await applyQuickFix(sheet, fix));
    expect(cellAt(host.workbook, sheet.tablesSheet, total)).toMatchObject({ formula: "=SUM(D23:I23)", value: 2 });
    expect(fixed?.findings.filter((f) => f.code === "cell.formulaLost")).toEqual([]);
  });

  it("lists a pasted block over figures and a total as the total's lost formula", async () => {
    const sheet = await insertYear(2025);
    await unprotect(sheet);
    const { results } = await watch(sheet);
    const row = `${addressIn(sheet, apps("carriedIn.natural"))}:${addressIn(sheet, apps("carriedIn.total"))}`;
    await edit(sheet, row, [[1, 2, 3, 4, 5, 6, 7]]);
    expect(results[0]?.findings.filter((f) => f.code === "cell.formulaLost").map((f) => f.cells)).toEqual([
      [apps("carriedIn.total")],
    ]);
    expect(cellAt(host.workbook, sheet.tablesSheet, addressIn(sheet, apps("carriedIn.total")))?.value).toBe(7);
  });

  it("checks once per edit, and nothing it does raises an event of its own", async () => {
    const sheet = await insertYear(2025);
    const { results } = await watch(sheet);
    let events = 0;
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet.tablesSheet).onChanged.add(() => Promise.resolve(void (events += 1)));
      await context.sync();
    });
    await edit(sheet, addressIn(sheet, apps("newReceived.natural")), [["5"]]);
    await edit(sheet, addressIn(sheet, apps("newReceived.legal")), [["1"]]);
    expect([events, results.length]).toEqual([2, 2]);
  });

  it("follows the table when rows are inserted above it", async () => {
    const sheet = await insertYear(2025);
    await unprotect(sheet);
    const { results } = await watch(sheet);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet.tablesSheet).getRange("1:2").insert("Down");
      await context.sync();
    });
    await host.workbook.whenIdle();
    results.splice(0);
    await edit(sheet, addressIn(sheet, apps("newReceived.natural"), 2), [["5"]]);
    expect(results).toHaveLength(1);
    expect(errorsOf(results[0])).toEqual([["balance.mismatch", "newReceived.natural"]]);
  });

  it("re-reads everything after rows inserted from the grid", async () => {
    const sheet = await insertYear(2025);
    const { results } = await watch(sheet);
    await edit(sheet, addressIn(sheet, apps("newReceived.natural")), [["5"]]);
    host.workbook.applyBatch(
      [
        {
          kind: "write",
          apply: (session) => {
            const tables = session.model.sheets.find((s) => s.name === sheet.tablesSheet);
            if (!tables) throw new Error("no tables sheet");
            insertRows(session.model, tables, 0, 1);
            session.recordEdit(tables, { top: 0, left: 0, bottom: 0, right: 16_383 }, "RowInserted");
          },
        },
      ],
      "Unknown",
    );
    await host.workbook.whenIdle();
    expect(errorsOf(results[1])).toEqual([["balance.mismatch", "newReceived.natural"]]);
  });

  it("keeps checking after a person renames the tables sheet, under its new name", async () => {
    const sheet = await insertYear(2025);
    const { results, errors } = await watch(sheet);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet.tablesSheet).name = "报表（定稿）";
      await context.sync();
    });
    const renamed = { ...sheet, tablesSheet: "报表（定稿）" };
    await edit(renamed, addressIn(sheet, apps("newReceived.natural")), [["5"]]);
    await edit(renamed, addressIn(sheet, apps("disclosed.natural")), [["5"]]);
    expect(errors).toEqual([]);
    expect(results.map((r) => [r.sheet.tablesSheet, r.findings.filter((f) => f.severity === "error").length])).toEqual([
      ["报表（定稿）", 1],
      ["报表（定稿）", 0],
    ]);
  });

  it("puts the list right when a report sheet is activated, after an edit Excel sent no event for", async () => {
    const sheet = await insertYear(2025);
    const { results } = await watch(sheet);
    host.workbook.model.enableEvents = false;
    await edit(sheet, addressIn(sheet, apps("newReceived.natural")), [["5"]]);
    host.workbook.model.enableEvents = true;
    expect(results).toEqual([]);
    host.workbook.selectFromUi(sheet.textSheet, "A1");
    await host.workbook.whenIdle();
    expect(errorsOf(results.at(-1))).toEqual([["balance.mismatch", "newReceived.natural"]]);
  });

  it("checks a sheet protected with a password like any other: lists, writes nothing, and never unprotects", async () => {
    const sheet = await insertYear(2025);
    await Excel.run(async (context) => {
      const protection = context.workbook.worksheets.getItem(sheet.tablesSheet).protection;
      protection.unprotect();
      protection.protect({ allowFormatColumns: true, allowFormatRows: true }, "口令");
      await context.sync();
    });
    const { results, errors } = await watch(sheet);
    host.workbook.resetStats();
    await edit(sheet, addressIn(sheet, apps("newReceived.natural")), [["5"]]);
    expect(errors).toEqual([]);
    expect(errorsOf(results[0])).toEqual([["balance.mismatch", "newReceived.natural"]]);
    expect(host.workbook.stats.totals.writes).toBe(0);
    const tables = host.workbook.model.sheets.find((s) => s.name === sheet.tablesSheet);
    expect(tables?.protection).toMatchObject({ protected: true, password: "口令" });
  });

  it("stops after unsubscribing", async () => {
    const sheet = await insertYear(2025);
    const { results, errors, stop } = await watch(sheet);
    await stop();
    await edit(sheet, addressIn(sheet, apps("newReceived.natural")), [["5"]]);
    expect([results, errors]).toEqual([[], []]);
  });
});
