import { createWorkbook } from "./workbook";
import type { PreviewError } from "./errors";

const notLoadedMessage =
  "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.";

describe("request context", () => {
  it("throws PropertyNotLoaded when a property is read without load", async () => {
    const workbook = createWorkbook();
    await workbook.run((context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => range.values).toThrow(notLoadedMessage);
      try {
        void range.values;
      } catch (error) {
        expect((error as PreviewError).code).toBe("PropertyNotLoaded");
      }
    });
  });

  it("makes a loaded property readable only after sync", async () => {
    const workbook = createWorkbook();
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [[1, "x"]];
      range.load("values");
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([[1, "x"]]);
    });
  });

  it.each([
    ["a comma list", "values, address"],
    ["an array", ["values", "address"]],
    ["an object", { values: true, address: true }],
  ])("accepts load options as %s", async (_label, option) => {
    const workbook = createWorkbook();
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2");
      range.load(option);
      await context.sync();
      expect([range.address, range.values]).toEqual(["Sheet1!B2", [[""]]]);
    });
  });

  it("loads navigation paths such as format/fill/color", async () => {
    const workbook = createWorkbook();
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2:C3");
      range.format.fill.color = "#FFFF00";
      range.load("format/fill/color, format/font/bold");
      await context.sync();
      expect([range.format.fill.color, range.format.font.bold]).toEqual(["#FFFF00", false]);
    });
  });

  it("applies writes only at sync: a second context sees old values until then", async () => {
    const workbook = createWorkbook();
    let releaseWriter: () => void = () => undefined;
    const writerQueued = new Promise<void>((resolve) => (releaseWriter = resolve));
    let finishWriter: () => void = () => undefined;
    const writerMaySync = new Promise<void>((resolve) => (finishWriter = resolve));
    const writer = workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[42]];
      releaseWriter();
      await writerMaySync;
      await context.sync();
    });
    await writerQueued;
    const readBack = (): Promise<unknown> =>
      workbook.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
        await context.sync();
        return range.values[0]?.[0];
      });
    expect(await readBack()).toBe("");
    finishWriter();
    await writer;
    expect(await readBack()).toBe(42);
  });

  it("applies queued operations in order", async () => {
    const workbook = createWorkbook();
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const cell = sheet.getRange("A1");
      cell.values = [[1]];
      cell.load("values");
      cell.values = [[2]];
      sheet.name = "报表";
      const renamed = context.workbook.worksheets.getItem("报表").getRange("A1").load("values");
      await context.sync();
      expect(cell.values).toEqual([[1]]);
      expect(renamed.values).toEqual([[2]]);
    });
  });

  it("rejects sync with the Excel error code and keeps the operations before the failure", async () => {
    const workbook = createWorkbook();
    const failing = workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["before"]];
      context.workbook.worksheets.getItem("缺失").getRange("A1").values = [["x"]];
      sheet.getRange("A2").values = [["after"]];
      await context.sync();
    });
    await expect(failing).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(workbook.snapshot().sheets[0]?.cells.map((c) => c.value)).toEqual(["before"]);
  });

  it("counts syncs and queued operations exactly", async () => {
    const workbook = createWorkbook();
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [[1]];
      sheet.getRange("A2").values = [[2]];
      const total = sheet.getRange("A3");
      total.formulas = [["=SUM(A1:A2)"]];
      total.load("values");
      await context.sync();
      sheet.getRange("A1").format.font.bold = true;
      await context.sync();
    });
    await workbook.run(() => undefined);
    expect(workbook.stats.runs).toEqual([
      { run: 1, syncs: 2, operations: 5, writes: 4, loads: 1 },
      { run: 2, syncs: 0, operations: 0, writes: 0, loads: 0 },
    ]);
    expect(workbook.stats.totals).toEqual({ runs: 2, syncs: 2, operations: 5, writes: 4, loads: 1 });
    workbook.resetStats();
    expect(workbook.stats.totals.runs).toBe(0);
  });

  it("flushes operations left unsynced when the batch ends, counting that as a sync", async () => {
    const workbook = createWorkbook();
    await workbook.run((context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C3").values = [["late"]];
    });
    expect(workbook.snapshot().sheets[0]?.cells[0]?.value).toBe("late");
    expect(workbook.stats.totals.syncs).toBe(1);
  });
});
