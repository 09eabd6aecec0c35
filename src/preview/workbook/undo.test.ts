import { createWorkbook, type PreviewWorkbook } from "./workbook";

/** A sheet with figures in B2:B3 and their total in B4. */
async function figures(): Promise<PreviewWorkbook> {
  const workbook = createWorkbook();
  await workbook.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("B2:B4").formulas = [[1], [2], ["=SUM(B2:B3)"]];
    await context.sync();
  });
  workbook.undoStack.clear();
  return workbook;
}

function values(workbook: PreviewWorkbook, ...addresses: string[]): unknown[] {
  const cells = workbook.snapshot().sheets[0]?.cells ?? [];
  return addresses.map((address) => cells.find((c) => c.address === address)?.value ?? "");
}

describe("the undo stack", () => {
  it("takes back a typed figure with Ctrl+Z and recalculates the total; Ctrl+Y brings it back", async () => {
    const workbook = await figures();
    workbook.editFromUi("Sheet1", "B2", [["40"]]);
    expect(values(workbook, "B2", "B4")).toEqual([40, 42]);
    expect(workbook.undoStack.depth).toBe(1);
    expect(workbook.undoFromUi()).toBe(true);
    expect(values(workbook, "B2", "B4")).toEqual([1, 3]);
    expect(workbook.undoFromUi()).toBe(false);
    expect(workbook.redoFromUi()).toBe(true);
    expect(values(workbook, "B2", "B4")).toEqual([40, 42]);
  });

  it("undoes a paste and a delete as one step each, formats included", async () => {
    const workbook = await figures();
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B3").format.fill.color = "#FFC7CE";
      await context.sync();
    });
    workbook.pasteFromUi("Sheet1", "B2:B3", [["7"], ["8"]]);
    workbook.editFromUi("Sheet1", "B2:B3", [[""], [""]]);
    expect(workbook.undoStack.depth).toBe(3);
    workbook.undoFromUi();
    expect(values(workbook, "B2", "B3", "B4")).toEqual([7, 8, 15]);
    workbook.undoFromUi();
    workbook.undoFromUi();
    const b3 = workbook.snapshot().sheets[0]?.cells.find((c) => c.address === "B3");
    expect([b3?.value, b3?.format?.fill]).toEqual([2, undefined]);
  });

  it("makes each sync of a run one step, and one step for the whole run with mergeUndoGroup", async () => {
    const workbook = await figures();
    const twoSyncs = async (options: { mergeUndoGroup?: boolean }): Promise<void> =>
      workbook.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("B2").values = [[10]];
        await context.sync();
        sheet.getRange("B3").values = [[20]];
        await context.sync();
      }, options);
    await twoSyncs({});
    expect(workbook.undoStack.depth).toBe(2);
    await twoSyncs({ mergeUndoGroup: true });
    expect(workbook.undoStack.depth).toBe(3);
  });

  it("does not count reads or a selection as steps", async () => {
    const workbook = await figures();
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B4");
      range.load("values");
      range.select();
      await context.sync();
    });
    workbook.selectFromUi("Sheet1", "B2");
    expect(workbook.undoStack.depth).toBe(0);
  });

  it("is cleared by protect and unprotect, which have no undo", async () => {
    const workbook = await figures();
    workbook.editFromUi("Sheet1", "B2", [["5"]]);
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.protection.unprotect();
      sheet.getRange("B3").values = [[6]];
      await context.sync();
    });
    // Only the write after the unsupported call can be taken back.
    expect(workbook.undoStack.depth).toBe(1);
    workbook.undoFromUi();
    expect(values(workbook, "B2", "B3")).toEqual([5, 2]);
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").protection.protect();
      await context.sync();
    });
    expect(workbook.undoFromUi()).toBe(false);
  });

  it("refuses an API without undo inside a merged run with UndoNotSupported, keeping what came before", async () => {
    const workbook = await figures();
    const run = workbook.run(
      async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("B2").values = [[9]];
        sheet.protection.protect();
        await context.sync();
      },
      { mergeUndoGroup: true },
    );
    await expect(run).rejects.toMatchObject({ code: "UndoNotSupported" });
    expect(values(workbook, "B2")).toEqual([9]);
    expect(workbook.snapshot().sheets[0]?.protection.protected).toBe(false);
    expect(workbook.undoStack.depth).toBe(1);
  });

  it("ignores mergeUndoGroup below ExcelApi 1.20: no UndoNotSupported, each sync its own step", async () => {
    const workbook = await figures();
    workbook.apiLevel = 19;
    await workbook.run(
      async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("B2").values = [[10]];
        await context.sync();
        sheet.protection.unprotect();
        sheet.getRange("B3").values = [[20]];
        await context.sync();
      },
      { mergeUndoGroup: true },
    );
    expect(workbook.undoStack.depth).toBe(1);
    workbook.undoFromUi();
    expect(values(workbook, "B2", "B3")).toEqual([10, 2]);
  });

  it("tells the add-in's onChanged handler which cells an undo changed", async () => {
    const workbook = await figures();
    const seen: string[] = [];
    await workbook.run(async (context) => {
      context.workbook.worksheets.onChanged.add((args) => void seen.push(`${args.address} ${args.source}`));
      await context.sync();
    });
    workbook.editFromUi("Sheet1", "B3", [["8"]]);
    await workbook.whenIdle();
    workbook.undoFromUi();
    await workbook.whenIdle();
    expect(seen).toEqual(["B3 Local", "B3:B4 Local"]);
  });
});
