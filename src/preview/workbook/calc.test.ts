import { createWorkbook, type PreviewWorkbook } from "./workbook";
import type { PreviewRequestContext } from "./context";

async function write(workbook: PreviewWorkbook, sheet: string, address: string, formulas: unknown[][]): Promise<void> {
  await workbook.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).formulas = formulas;
    await context.sync();
  });
}

async function read(
  workbook: PreviewWorkbook,
  sheet: string,
  address: string,
  property: "values" | "formulas" | "text",
): Promise<unknown> {
  return workbook.run(async (context: PreviewRequestContext) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address).load(property);
    await context.sync();
    return range[property];
  });
}

describe("formulas", () => {
  it("computes SUM over a range and recomputes when an input changes", async () => {
    const workbook = createWorkbook();
    await write(workbook, "Sheet1", "A1:A4", [[1], [2], [3], ["=SUM(A1:A3)"]]);
    expect(await read(workbook, "Sheet1", "A4", "values")).toEqual([[6]]);
    expect(await read(workbook, "Sheet1", "A4", "formulas")).toEqual([["=SUM(A1:A3)"]]);
    await write(workbook, "Sheet1", "A2", [[10]]);
    expect(await read(workbook, "Sheet1", "A4", "values")).toEqual([[14]]);
  });

  it("keeps a row total right through formatting, notes and selection, and updates it after the next typed figure", async () => {
    const workbook = createWorkbook();
    await write(workbook, "Sheet1", "A1:C1", [[4, 5, "=A1+B1"]]);
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C1").format.fill.color = "#FFC7CE";
      sheet.getRange("C1").numberFormat = [["0.00"]];
      sheet.notes.add("A1", "上年数据");
      sheet.getRange("B1").select();
      await context.sync();
    });
    expect(await read(workbook, "Sheet1", "C1", "text")).toEqual([["9.00"]]);
    expect(workbook.editFromUi("Sheet1", "B1", [["7"]])).toEqual({ ok: true });
    expect(await read(workbook, "Sheet1", "C1", "values")).toEqual([[11]]);
  });

  it("reads a computed value in the same sync that wrote the formula", async () => {
    const workbook = createWorkbook();
    const values = await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").values = [[2, 3]];
      const product = sheet.getRange("C1");
      product.formulas = [["=A1*B1"]];
      product.load("values");
      await context.sync();
      return product.values;
    });
    expect(values).toEqual([[6]]);
  });

  it("follows a cross-sheet reference to a quoted Chinese sheet name, in dependency order", async () => {
    const workbook = createWorkbook();
    await workbook.run(async (context) => {
      context.workbook.worksheets.add("2024年报表");
      await context.sync();
    });
    await write(workbook, "Sheet1", "A1:A2", [["='2024年报表'!B5*2"], ["=A1+1"]]);
    await write(workbook, "2024年报表", "B5", [[21]]);
    expect(await read(workbook, "Sheet1", "A1:A2", "values")).toEqual([[42], [43]]);
  });

  it("rewrites references when a sheet is renamed and turns them into #REF! when it is deleted", async () => {
    const workbook = createWorkbook();
    await workbook.run(async (context) => {
      context.workbook.worksheets.add("数据").getRange("A1").values = [[5]];
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [["=数据!A1"]];
      await context.sync();
      context.workbook.worksheets.getItem("数据").name = "2024年数据";
      await context.sync();
    });
    expect(await read(workbook, "Sheet1", "A1", "formulas")).toEqual([["='2024年数据'!A1"]]);
    expect(await read(workbook, "Sheet1", "A1", "values")).toEqual([[5]]);
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("2024年数据").delete();
      await context.sync();
    });
    expect(await read(workbook, "Sheet1", "A1", "formulas")).toEqual([["=#REF!"]]);
    expect(await read(workbook, "Sheet1", "A1", "values")).toEqual([["#REF!"]]);
  });

  it.each([
    ["a reference cycle", [["=B1", "=A1"]], [["#REF!", "#REF!"]]],
    ["division by zero", [["=1/0", "=A1+1"]], [["#DIV/0!", "#DIV/0!"]]],
    ["an unknown name", [["=nosuchname", 0]], [["#NAME?", 0]]],
    ["text typed as numbers", [["12", "=A1*2"]], [[12, 24]]],
  ])("gives Excel-like values for %s", async (_label, input, expected) => {
    const workbook = createWorkbook();
    await write(workbook, "Sheet1", "A1:B1", input);
    expect(await read(workbook, "Sheet1", "A1:B1", "values")).toEqual(expected);
  });

  // fast-formula-parser reads ASCII names only; the report's names are English keys, so that is enough.
  it("evaluates defined names in formulas", async () => {
    const workbook = createWorkbook();
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2:B3").values = [[4], [5]];
      context.workbook.names.add("newReceived", sheet.getRange("B2:B3"));
      sheet.getRange("C1").formulas = [["=SUM(newReceived)"]];
      await context.sync();
    });
    expect(await read(workbook, "Sheet1", "C1", "values")).toEqual([[9]]);
  });

  // Results are reused while the cells they read are unchanged (recalculate.ts): these are what they rest on besides.
  it("recomputes a formula after its name is pointed elsewhere or a figure is added to a whole column it sums", async () => {
    const workbook = createWorkbook();
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2:B5").values = [[4], [5], [1], [2]];
      context.workbook.names.add("figures", sheet.getRange("B2:B3"));
      sheet.getRange("C1:D1").formulas = [["=SUM(figures)", "=SUM(E:E)"]];
      sheet.getRange("E1").values = [[7]];
      await context.sync();
    });
    expect(await read(workbook, "Sheet1", "C1:D1", "values")).toEqual([[9, 7]]);
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      context.workbook.names.getItem("figures").delete();
      context.workbook.names.add("figures", sheet.getRange("B4:B5"));
      sheet.getRange("E30").values = [[3]];
      await context.sync();
    });
    expect(await read(workbook, "Sheet1", "C1:D1", "values")).toEqual([[3, 10]]);
  });

  it("formats text with the number format", async () => {
    const workbook = createWorkbook();
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      range.values = [[1234.5, 0.25, true]];
      range.numberFormat = [["#,##0.0", "0%", "General"]];
      await context.sync();
    });
    expect(await read(workbook, "Sheet1", "A1:C1", "text")).toEqual([["1,234.5", "25%", "TRUE"]]);
  });
});
