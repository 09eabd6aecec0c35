import { createWorkbook, type PreviewWorkbook } from "./workbook";

async function seed(): Promise<PreviewWorkbook> {
  const workbook = createWorkbook();
  await workbook.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    context.workbook.worksheets.add("汇总").getRange("A1").formulas = [["=Sheet1!B6"]];
    sheet.getRange("B4:B7").formulas = [[1], [2], [3], ["=SUM(B4:B6)"]];
    sheet.getRange("C4").formulas = [["=$B$5*10"]];
    sheet.getRange("D4:E5").merge();
    sheet.getRange("D8:E8").merge();
    sheet.getRange("D4").format.fill.color = "#DDEEFF";
    context.workbook.names.add("second", "=Sheet1!$B$5");
    context.workbook.names.add("block", sheet.getRange("B4:B6"));
    await context.sync();
  });
  return workbook;
}

async function rowEdit(workbook: PreviewWorkbook, address: string, kind: "insert" | "delete"): Promise<void> {
  await workbook.run(async (context) => {
    const rows = context.workbook.worksheets.getItem("Sheet1").getRange(address);
    if (kind === "insert") rows.insert("Down");
    else rows.delete("Up");
    await context.sync();
  });
}

function sheetState(workbook: PreviewWorkbook): Record<string, unknown> {
  const { sheets, names } = workbook.snapshot();
  const [main, summary] = sheets;
  return {
    cells: Object.fromEntries(
      (main?.cells ?? []).filter((c) => c.value !== "").map((c) => [c.address, c.formula ?? c.value]),
    ),
    values: Object.fromEntries((main?.cells ?? []).filter((c) => c.formula).map((c) => [c.address, c.value])),
    merges: main?.merges,
    summary: summary?.cells.map((c) => [c.formula, c.value]),
    names: names.map((n) => `${n.name} ${n.formula}`),
  };
}

describe("row insertion and deletion", () => {
  it("shifts values, formulas, names and merges like Excel when rows are inserted", async () => {
    const workbook = await seed();
    await rowEdit(workbook, "5:6", "insert");
    expect(sheetState(workbook)).toEqual({
      cells: { B4: 1, C4: "=$B$7*10", B7: 2, B8: 3, B9: "=SUM(B4:B8)" },
      values: { C4: 20, B9: 6 },
      merges: ["D4:E7", "D10:E10"],
      summary: [["=Sheet1!B8", 3]],
      names: ["second =Sheet1!$B$7", "block =Sheet1!$B$4:$B$8"],
    });
  });

  it("gives inserted rows the formats of the row above", async () => {
    const workbook = await seed();
    await rowEdit(workbook, "5:5", "insert");
    const cell = workbook.snapshot().sheets[0]?.cells.find((c) => c.address === "D5");
    expect(cell?.format.fill).toBe("#DDEEFF");
  });

  it("turns references to deleted rows into #REF! and shrinks ranges over them", async () => {
    const workbook = await seed();
    await rowEdit(workbook, "5:5", "delete");
    expect(sheetState(workbook)).toEqual({
      cells: { B4: 1, C4: "=#REF!*10", B5: 3, B6: "=SUM(B4:B5)" },
      values: { C4: "#REF!", B6: 4 },
      merges: ["D4:E4", "D7:E7"],
      summary: [["=Sheet1!B5", 3]],
      names: ["second =#REF!", "block =Sheet1!$B$4:$B$5"],
    });
  });

  it("raises RowInserted for the inserted rows", async () => {
    const workbook = await seed();
    const seen: unknown[] = [];
    await workbook.run(async (context) => {
      context.workbook.worksheets
        .getItem("Sheet1")
        .onChanged.add((args) => void seen.push([args.changeType, args.address]));
      await context.sync();
    });
    await rowEdit(workbook, "5:6", "insert");
    await workbook.whenIdle();
    expect(seen).toEqual([["RowInserted", "5:6"]]);
  });

  it("refuses partial-row insertion with InvalidOperation", async () => {
    const workbook = await seed();
    await expect(rowEdit(workbook, "B5:C5", "insert")).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});
