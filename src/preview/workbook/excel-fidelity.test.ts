import { createWorkbook, type PreviewWorkbook } from "./workbook";

// Where the preview behaves as Excel does and an add-in test depends on it: pastes, typed separators, sheet
// activation events, and a sync that fails part-way.

async function validatedSheet(): Promise<PreviewWorkbook> {
  const workbook = createWorkbook();
  await workbook.run(async (context) => {
    const validation = context.workbook.worksheets.getItem("Sheet1").getRange("C5:C9").dataValidation;
    validation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
    validation.errorAlert = { showAlert: true, style: "Stop", title: "请填写件数", message: "整数" };
    await context.sync();
  });
  return workbook;
}

const valueAt = (workbook: PreviewWorkbook, address: string) =>
  workbook.snapshot().sheets[0]?.cells.find((c) => c.address === address)?.value;

describe("the preview as Excel", () => {
  it("refuses typed text in a validated cell, but a paste replaces the validation and keeps the text", async () => {
    const workbook = await validatedSheet();
    expect(workbook.editFromUi("Sheet1", "C5", [["3件"]])).toMatchObject({ ok: false, reason: "invalid" });
    expect(workbook.pasteFromUi("Sheet1", "C5:C6", [["3件"], ["３"]])).toEqual({ ok: true });
    expect([valueAt(workbook, "C5"), valueAt(workbook, "C6")]).toEqual(["3件", "３"]);
    // The rest of the range keeps its validation.
    expect(workbook.editFromUi("Sheet1", "C7", [["x"]])).toMatchObject({ ok: false, reason: "invalid" });
    expect(workbook.snapshot().sheets[0]?.validations.map((v) => v.address)).toEqual(["C7:C9"]);
  });

  it("takes typed thousands separators as a number", async () => {
    const workbook = await validatedSheet();
    expect(workbook.editFromUi("Sheet1", "C5", [["1,000"]])).toEqual({ ok: true });
    expect(workbook.editFromUi("Sheet1", "C6", [["12,34"]])).toMatchObject({ ok: false, reason: "invalid" });
    expect(valueAt(workbook, "C5")).toBe(1000);
  });

  it("raises worksheets.onActivated when another sheet becomes the active one", async () => {
    const workbook = createWorkbook();
    const activated: string[] = [];
    await workbook.run(async (context) => {
      context.workbook.worksheets.add("报表");
      context.workbook.worksheets.onActivated.add((args) => Promise.resolve(void activated.push(args.worksheetId)));
      await context.sync();
    });
    const id = workbook.snapshot().sheets.find((s) => s.name === "报表")?.id ?? "";
    workbook.selectFromUi("报表", "A1");
    workbook.selectFromUi("报表", "B2");
    await workbook.whenIdle();
    expect(activated).toEqual([id]);
  });

  it("fails the Nth sync part-way: earlier operations stay applied, later ones are lost", async () => {
    const workbook = createWorkbook();
    workbook.failSync(2);
    const run = workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [[1]];
      await context.sync();
      sheet.getRange("A2").values = [[2]];
      sheet.getRange("A3").values = [[3]];
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "GeneralException" });
    expect(["A1", "A2", "A3"].map((a) => valueAt(workbook, a))).toEqual([1, 2, undefined]);
    // Only that one sync fails.
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A3").values = [[3]];
      await context.sync();
    });
    expect(valueAt(workbook, "A3")).toBe(3);
  });
});
