import type { WorksheetChangedEventArgs } from "./event-registry";
import { createWorkbook, type PreviewWorkbook } from "./workbook";

async function watch(workbook: PreviewWorkbook): Promise<WorksheetChangedEventArgs[]> {
  const seen: WorksheetChangedEventArgs[] = [];
  await workbook.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").onChanged.add((args) => void seen.push(args));
    await context.sync();
  });
  return seen;
}

function summary(args: WorksheetChangedEventArgs): Record<string, unknown> {
  const { address, changeType, source, type, triggerSource, details } = args;
  return { address, changeType, source, type, triggerSource, details };
}

describe("onChanged", () => {
  it("raises nothing for writes made while enableEvents is false", async () => {
    const workbook = createWorkbook();
    const seen = await watch(workbook);
    await workbook.run(async (context) => {
      context.runtime.enableEvents = false;
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [
        [1, 2],
        [3, 4],
      ];
      context.runtime.enableEvents = true;
      await context.sync();
    });
    expect(workbook.editFromUi("Sheet1", "C3", [[5]])).toEqual({ ok: true });
    await workbook.whenIdle();
    expect(seen.map((e) => e.address)).toEqual(["C3"]);
  });

  it("raises RangeEdited with details for a single cell written by the add-in", async () => {
    const workbook = createWorkbook();
    const seen = await watch(workbook);
    const sheetId = await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1").load("id");
      sheet.getRange("B5").values = [[7]];
      await context.sync();
      return sheet.id;
    });
    expect(seen).toHaveLength(0); // handlers run after the write completes, not inside sync
    await workbook.whenIdle();
    expect(seen.map(summary)).toEqual([
      {
        address: "B5",
        changeType: "RangeEdited",
        source: "Local",
        type: "WorksheetChanged",
        triggerSource: "ThisLocalAddin",
        details: { valueBefore: "", valueAfter: 7, valueTypeBefore: "Empty", valueTypeAfter: "Double" },
      },
    ]);
    expect(seen[0]?.worksheetId).toBe(sheetId);
  });

  it("gives no details for multi-cell edits, and Unknown as the trigger of UI edits", async () => {
    const workbook = createWorkbook();
    const seen = await watch(workbook);
    workbook.editFromUi("Sheet1", "B5:C5", [[1, 2]]);
    await workbook.whenIdle();
    expect(seen.map(summary)).toEqual([
      {
        address: "B5:C5",
        changeType: "RangeEdited",
        source: "Local",
        type: "WorksheetChanged",
        triggerSource: "Unknown",
        details: undefined,
      },
    ]);
  });

  it("lets a handler read the changed range with Excel.run, and stops after remove()", async () => {
    const workbook = createWorkbook();
    const read: unknown[] = [];
    const registration = await workbook.run(async (context) => {
      const result = context.workbook.worksheets.getItem("Sheet1").onChanged.add(async (args) => {
        await workbook.run(async (inner) => {
          const range = args.getRange(inner).load("values");
          await inner.sync();
          read.push(range.values);
        });
      });
      await context.sync();
      return result;
    });
    workbook.editFromUi("Sheet1", "A1", [["=1+1"]]);
    await workbook.whenIdle();
    // Excel.run(result.context, ...) is how Office.js removes a handler from its own context.
    await workbook.runIn(registration, async (context) => {
      registration.remove();
      await context.sync();
    });
    workbook.editFromUi("Sheet1", "A1", [[3]]);
    await workbook.whenIdle();
    expect(read).toEqual([[[2]]]);
  });

  it("drops the next changes' events on demand, as Excel sometimes sends none", async () => {
    const workbook = createWorkbook();
    const seen = await watch(workbook);
    workbook.events.dropNext(1);
    workbook.editFromUi("Sheet1", "A1", [["1"]]);
    workbook.editFromUi("Sheet1", "A2", [["2"]]);
    await workbook.whenIdle();
    expect(seen.map((e) => e.address)).toEqual(["A2"]);
  });

  it("sends the next changes as a coauthor's, with source Remote", async () => {
    const workbook = createWorkbook();
    const seen = await watch(workbook);
    workbook.events.sendNextAsRemote(1);
    workbook.editFromUi("Sheet1", "A1", [["1"]]);
    workbook.editFromUi("Sheet1", "A2", [["2"]]);
    await workbook.whenIdle();
    expect(seen.map((e) => `${e.address} ${e.source}`)).toEqual(["A1 Remote", "A2 Local"]);
  });
});
