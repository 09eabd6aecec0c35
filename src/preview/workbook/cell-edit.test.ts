import { createWorkbook } from "./workbook";

describe("cell-edit mode", () => {
  it("fails a sync with InvalidOperationInCellEditMode while a cell is being edited", async () => {
    const workbook = createWorkbook();
    workbook.beginCellEditFromUi();
    const run = workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    workbook.endCellEditFromUi();
    expect(workbook.snapshot().sheets[0]?.cells).toEqual([]);
  });

  it("holds a run with delayForCellEdit until the edit ends, then applies it after the typed value", async () => {
    const workbook = createWorkbook();
    workbook.beginCellEditFromUi();
    let done = false;
    const run = workbook
      .run(
        async (context) => {
          const cell = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
          cell.load("values");
          await context.sync();
          return cell.values[0]?.[0];
        },
        { delayForCellEdit: true },
      )
      .then((value) => {
        done = true;
        return value;
      });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(done).toBe(false);
    workbook.editFromUi("Sheet1", "A1", [["12"]]);
    workbook.endCellEditFromUi();
    await expect(run).resolves.toBe(12);
  });
});
