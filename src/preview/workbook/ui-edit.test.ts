import { createWorkbook, type PreviewWorkbook } from "./workbook";

async function protectedSheet(): Promise<PreviewWorkbook> {
  const workbook = createWorkbook();
  await workbook.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("B5:C5").values = [["标题", 0]];
    sheet.getRange("C5:C9").format.protection.locked = false;
    sheet.protection.protect({ allowFormatCells: false });
    await context.sync();
  });
  return workbook;
}

describe("edits from the grid page", () => {
  it("refuses a locked cell of a protected sheet and accepts an unlocked one", async () => {
    const workbook = await protectedSheet();
    expect(workbook.editFromUi("Sheet1", "B5", [["改"]])).toEqual({ ok: false, reason: "protected", address: "B5" });
    expect(workbook.editFromUi("Sheet1", "C6", [["12"]])).toEqual({ ok: true });
    const values = workbook
      .snapshot()
      .sheets[0]?.cells.filter((c) => c.value !== "")
      .map((c) => [c.address, c.value]);
    expect(values).toEqual([
      ["B5", "标题"],
      ["C5", 0],
      ["C6", 12],
    ]);
  });

  it("refuses add-in writes to locked cells of a protected sheet with AccessDenied", async () => {
    const workbook = await protectedSheet();
    const run = workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B5").values = [["改"]];
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("refuses an invalid value with the rule's alert title and message", async () => {
    const workbook = createWorkbook();
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("C5:C9");
      range.dataValidation.clear();
      range.dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
      range.dataValidation.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: "数据有误",
        message: "请填写非负整数",
      };
      await context.sync();
    });
    expect(workbook.editFromUi("Sheet1", "C6", [["-1"]])).toEqual({
      ok: false,
      reason: "invalid",
      address: "C6",
      style: "Stop",
      title: "数据有误",
      message: "请填写非负整数",
    });
    expect(workbook.editFromUi("Sheet1", "C6", [["1.5"]])).toMatchObject({ ok: false, reason: "invalid" });
    expect(workbook.editFromUi("Sheet1", "C6", [["3"]])).toEqual({ ok: true });
    expect(workbook.snapshot().sheets[0]?.cells.map((c) => c.value)).toEqual([3]);
  });

  it("accepts an invalid value when the alert is off, and `valid` reports it", async () => {
    const workbook = createWorkbook();
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2");
      range.dataValidation.rule = { list: { inCellDropDown: true, source: "是,否" } };
      range.dataValidation.errorAlert = { showAlert: false };
      await context.sync();
    });
    expect(workbook.editFromUi("Sheet1", "A1", [["也许"]])).toEqual({ ok: true });
    const valid = await workbook.run(async (context) => {
      const validation = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").dataValidation;
      validation.load("valid, type");
      await context.sync();
      const before = [validation.valid, validation.type];
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["是"]];
      validation.load("valid");
      await context.sync();
      return [...before, validation.valid];
    });
    expect(valid).toEqual([false, "List", true]);
  });

  it.each([
    [{ custom: { formula: "=A1<=B1" } }, [[3, 5]], true],
    [{ custom: { formula: "=A1<=B1" } }, [[6, 5]], false],
    [{ decimal: { formula1: 0, formula2: 1, operator: "Between" } }, [[0.5, 1]], true],
    [{ textLength: { formula1: 2, operator: "LessThanOrEqualTo" } }, [["长文本", "ab"]], false],
  ])("checks rule %j against %j", async (rule, values, expected) => {
    const workbook = createWorkbook();
    const valid = await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = values;
      range.getCell(0, 0).dataValidation.rule = rule;
      const validation = range.dataValidation.load("valid");
      await context.sync();
      return validation.valid;
    });
    expect(valid).toBe(expected);
  });

  it("rejects a rule with no type with InvalidArgument", async () => {
    const workbook = createWorkbook();
    const run = workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation.rule = {};
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it.each([
    ["+5", 5, undefined],
    ["-3", -3, undefined],
    ["-1,000", -1000, undefined],
    ["+A1", 7, "=+A1"],
    ["-A1", -7, "=-A1"],
    ["-abcd", "#NAME?", "=-abcd"],
    ["-", "-", undefined],
  ])("reads a typed %s as Excel does: a signed number, or else a formula", (typed, value, formula) => {
    const workbook = createWorkbook();
    workbook.editFromUi("Sheet1", "A1", [["7"]]);
    workbook.editFromUi("Sheet1", "B1", [[typed]]);
    const cell = workbook.snapshot().sheets[0]?.cells.find((c) => c.address === "B1");
    expect([cell?.value, cell?.formula]).toEqual([value, formula]);
  });

  it("keeps an add-in's written '+A1' as text: only typing starts a formula at a sign", async () => {
    const workbook = createWorkbook();
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B1").values = [["+A1"]];
      await context.sync();
    });
    expect(workbook.snapshot().sheets[0]?.cells.map((c) => c.value)).toEqual(["+A1"]);
  });
});
