import { insertRows } from "../preview/workbook/rows";
import type { ReportSheet } from "./settings";
import { addressIn, apps, cellAt, insertYear, withPreviewHost } from "./__fixtures__/preview-host";
import { ERROR_FILL, HEADER_FILL, TOTAL_FILL } from "./template-style";
import { watchEdits, type EditCheck } from "./watch-edits";

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

const fillOf = (sheet: ReportSheet, key: string, rowsAbove = 0): string | undefined =>
  cellAt(host.workbook, sheet.tablesSheet, addressIn(sheet, apps(key), rowsAbove))?.format.fill;

describe("watchEdits", () => {
  it("marks a broken 勾稽关系 in red and clears the mark once fixed, in at most 2 syncs per edit", async () => {
    const sheet = await insertYear(2025);
    const { results } = await watch(sheet);
    host.workbook.resetStats();
    await edit(sheet, addressIn(sheet, apps("newReceived.natural")), [["5"]]);
    const balance = results[0]?.findings.filter((f) => f.code === "balance.mismatch").map((f) => f.cells[0]?.key);
    expect(balance).toEqual(["newReceived.natural", "newReceived.total"]);
    expect([fillOf(sheet, "newReceived.natural"), fillOf(sheet, "resultTotal.natural")]).toEqual([
      ERROR_FILL,
      ERROR_FILL,
    ]);
    expect(results[0]?.edited).toEqual([apps("newReceived.natural")]);

    await edit(sheet, addressIn(sheet, apps("disclosed.natural")), [["5"]]);
    expect(results[1]?.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect([fillOf(sheet, "newReceived.natural"), fillOf(sheet, "resultTotal.natural")]).toEqual([
      undefined,
      TOTAL_FILL,
    ]);
    const { runs } = host.workbook.stats;
    expect(runs).toHaveLength(2);
    expect(Math.max(...runs.map((run) => run.syncs))).toBeLessThanOrEqual(2);
    expect(host.workbook.snapshot().sheets[1]?.protection.protected).toBe(true);
  });

  it("puts back a total typed over, reports it, and checks the report as restored", async () => {
    const sheet = await insertYear(2025);
    await unprotect(sheet);
    const { results } = await watch(sheet);
    await edit(sheet, addressIn(sheet, apps("newReceived.natural")), [["2"]]);
    const total = addressIn(sheet, apps("newReceived.total"));
    await edit(sheet, total, [["99"]]);
    expect(results[1]).toMatchObject({
      restoredTotals: [apps("newReceived.total")],
      edited: [apps("newReceived.total")],
    });
    expect(cellAt(host.workbook, sheet.tablesSheet, total)).toMatchObject({ formula: "=SUM(I23:N23)", value: 2 });
    expect(results[1]?.findings.filter((f) => f.ruleId === "applications.rowTotal")).toEqual([]);
  });

  it("handles a pasted block over figures and a total, and a cleared block", async () => {
    const sheet = await insertYear(2025);
    await unprotect(sheet);
    const { results } = await watch(sheet);
    const row = `${addressIn(sheet, apps("carriedIn.natural"))}:${addressIn(sheet, apps("carriedIn.total"))}`;
    await edit(sheet, row, [[1, 2, 3, 4, 5, 6, 7]]);
    expect(results[0]?.edited).toHaveLength(7);
    expect(results[0]?.restoredTotals).toEqual([apps("carriedIn.total")]);
    expect(cellAt(host.workbook, sheet.tablesSheet, addressIn(sheet, apps("carriedIn.total")))?.value).toBe(21);
    await edit(sheet, row.replace(/O(\d+)$/, "N$1"), [["", "", "", "", "", ""]]);
    expect(results[1]).toMatchObject({ restoredTotals: [] });
    expect(results[1]?.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("does not answer its own writes: one event and one check per edit", async () => {
    const sheet = await insertYear(2025);
    await unprotect(sheet);
    const { results } = await watch(sheet);
    let events = 0;
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet.tablesSheet).onChanged.add(() => Promise.resolve(void (events += 1)));
      await context.sync();
    });
    // The check writes a formula back and fills cells; with events off none of that is an event.
    await edit(sheet, addressIn(sheet, apps("newReceived.total")), [["99"]]);
    await edit(sheet, addressIn(sheet, apps("newReceived.natural")), [["1"]]);
    expect([events, results.length]).toEqual([2, 2]);
    expect(results[0]?.restoredTotals).toEqual([apps("newReceived.total")]);
  });

  it("follows the table when rows are inserted above it", async () => {
    const sheet = await insertYear(2025);
    const { results } = await watch(sheet);
    await Excel.run(async (context) => {
      const tables = context.workbook.worksheets.getItem(sheet.tablesSheet);
      tables.protection.unprotect();
      tables.getRange("1:2").insert("Down");
      tables.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
      await context.sync();
    });
    await edit(sheet, addressIn(sheet, apps("newReceived.natural"), 2), [["5"]]);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ edited: [apps("newReceived.natural")], restoredTotals: [] });
    // The cell's old place now holds a header row, which keeps its own fill.
    expect([fillOf(sheet, "newReceived.natural", 2), fillOf(sheet, "newReceived.natural")]).toEqual([
      ERROR_FILL,
      HEADER_FILL,
    ]);
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
    expect(results[1]).toMatchObject({ edited: [], restoredTotals: [] });
    expect(results[1]?.findings.filter((f) => f.code === "balance.mismatch")).toHaveLength(2);
    expect(fillOf(sheet, "newReceived.natural", 1)).toBe(ERROR_FILL);
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
      ["报表（定稿）", 2],
      ["报表（定稿）", 0],
    ]);
    expect(fillOf(renamed, "newReceived.natural")).toBeUndefined();
  });

  it("stops after unsubscribing", async () => {
    const sheet = await insertYear(2025);
    const { results, errors, stop } = await watch(sheet);
    await stop();
    await edit(sheet, addressIn(sheet, apps("newReceived.natural")), [["5"]]);
    expect([results, errors]).toEqual([[], []]);
  });
});
