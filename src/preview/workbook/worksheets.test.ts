import { createWorkbook } from "./workbook";

describe("worksheets", () => {
  it("reports a missing sheet as a null object and an existing one as not null", async () => {
    const workbook = createWorkbook();
    await workbook.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("2024年报表");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
      missing.load("name");
      present.load("name");
      await context.sync();
      expect([missing.isNullObject, present.isNullObject, present.name]).toEqual([true, false, "Sheet1"]);
    });
  });

  it("treats methods on a null object as no-ops (the delete-then-add idiom)", async () => {
    const workbook = createWorkbook();
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject("报表").delete();
      context.workbook.worksheets.add("报表");
      await context.sync();
    });
    expect(workbook.snapshot().sheets.map((s) => s.name)).toEqual(["Sheet1", "报表"]);
  });

  it("gives the used range as the cells holding values or formats, and a null object on an empty sheet", async () => {
    const workbook = createWorkbook();
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const empty = sheet.getUsedRangeOrNullObject().load("address");
      await context.sync();
      expect(empty.isNullObject).toBe(true);
      sheet.getRange("B2").values = [["来源"]];
      sheet.getRange("D5").numberFormat = [["@"]];
      const used = sheet.getUsedRangeOrNullObject().load("address");
      const valuesOnly = sheet.getUsedRangeOrNullObject(true).load("address");
      await context.sync();
      expect([used.address, valuesOnly.address]).toEqual(["Sheet1!B2:D5", "Sheet1!B2"]);
    });
  });

  it("fails getItem on a missing sheet with ItemNotFound at sync", async () => {
    const workbook = createWorkbook();
    const run = workbook.run(async (context) => {
      context.workbook.worksheets.getItem("无此表").load("name");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it.each([
    ["", "InvalidArgument"],
    ["a".repeat(32), "InvalidArgument"],
    ["年报[2024]", "InvalidArgument"],
    ["a:b", "InvalidArgument"],
    ["a*b", "InvalidArgument"],
    ["a?b", "InvalidArgument"],
    ["a/b", "InvalidArgument"],
    ["a\\b", "InvalidArgument"],
    ["SHEET1", "ItemAlreadyExists"],
  ])("rejects adding a sheet named %j with %s", async (name, code) => {
    const workbook = createWorkbook();
    const run = workbook.run(async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code });
  });

  it("accepts a 31-character name and lists sheets through items", async () => {
    const workbook = createWorkbook();
    const name = "表".repeat(31);
    const names = await workbook.run(async (context) => {
      context.workbook.worksheets.add(name);
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
    expect(names).toEqual(["Sheet1", name]);
  });

  it.each(["", "B", "B5:", "A0", "XFE1", "B5:H9:C3", "5", "A1048577", "其他!A1"])(
    "rejects the address %j with InvalidArgument",
    async (address) => {
      const workbook = createWorkbook();
      const run = workbook.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange(address).load("values");
        await context.sync();
      });
      await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
    },
  );

  it.each([
    ["B5", "Sheet1!B5", 4, 1, 1, 1],
    ["$B$5:H9", "Sheet1!B5:H9", 4, 1, 5, 7],
    ["h9:b5", "Sheet1!B5:H9", 4, 1, 5, 7],
    ["5:7", "Sheet1!5:7", 4, 0, 3, 16384],
    ["Sheet1!C3", "Sheet1!C3", 2, 2, 1, 1],
  ])("reads %s as %s", async (address, expected, rowIndex, columnIndex, rowCount, columnCount) => {
    const workbook = createWorkbook();
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange(address);
      range.load("address, rowIndex, columnIndex, rowCount, columnCount");
      await context.sync();
      expect([range.address, range.rowIndex, range.columnIndex, range.rowCount, range.columnCount]).toEqual([
        expected,
        rowIndex,
        columnIndex,
        rowCount,
        columnCount,
      ]);
    });
  });

  it("derives ranges with getCell and getRangeByIndexes", async () => {
    const workbook = createWorkbook();
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const ranges = [sheet.getRange("B5:H9").getCell(1, 2), sheet.getRangeByIndexes(4, 1, 2, 3)];
      for (const range of ranges) range.load("address");
      await context.sync();
      expect(ranges.map((r) => r.address)).toEqual(["Sheet1!D6", "Sheet1!B5:D6"]);
    });
  });

  it("fills a multi-cell range from a scalar and rejects a mis-shaped array", async () => {
    const workbook = createWorkbook();
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      range.values = 0; // a scalar fills the whole range, as in Excel
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([
        [0, 0],
        [0, 0],
      ]);
      range.values = [[1, 2]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  it("stores settings in the workbook", async () => {
    const workbook = createWorkbook();
    await workbook.run(async (context) => {
      context.workbook.settings.add("nianbao.year", 2024);
      await context.sync();
    });
    const read = await workbook.run(async (context) => {
      const year = context.workbook.settings.getItemOrNullObject("nianbao.year").load("value");
      const none = context.workbook.settings.getItemOrNullObject("nianbao.none").load("value");
      await context.sync();
      context.workbook.settings.getItem("nianbao.year").delete();
      await context.sync();
      return [year.value, none.isNullObject];
    });
    expect(read).toEqual([2024, true]);
    expect(workbook.model.settings.has("nianbao.year")).toBe(false);
  });
});
