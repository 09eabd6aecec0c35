import { createWorkbook, type PreviewWorkbook } from "./workbook";

async function protectedWithPassword(): Promise<PreviewWorkbook> {
  const workbook = createWorkbook();
  await workbook.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("B2").format.protection.locked = false;
    sheet.protection.protect({}, "年报");
    await context.sync();
  });
  return workbook;
}

function unprotect(workbook: PreviewWorkbook, password?: string): Promise<void> {
  return workbook.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").protection.unprotect(password);
    await context.sync();
  });
}

function isProtected(workbook: PreviewWorkbook): boolean | undefined {
  return workbook.snapshot().sheets[0]?.protection.protected;
}

describe("sheet protection with a password", () => {
  it("refuses unprotect without the password or with a wrong one, and lifts it with the right one", async () => {
    const workbook = await protectedWithPassword();
    await expect(unprotect(workbook)).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(unprotect(workbook, "nianbao")).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(isProtected(workbook)).toBe(true);
    await unprotect(workbook, "年报");
    expect(isProtected(workbook)).toBe(false);
  });

  it("refuses writes to locked cells and takes them in unlocked ones while protected", async () => {
    const workbook = await protectedWithPassword();
    const write = (address: string): Promise<void> =>
      workbook.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange(address).values = [[1]];
        await context.sync();
      });
    await expect(write("B3")).rejects.toMatchObject({ code: "AccessDenied" });
    await expect(write("B2")).resolves.toBeUndefined();
    expect(workbook.editFromUi("Sheet1", "B3", [["2"]])).toMatchObject({ ok: false, reason: "protected" });
  });

  it("accepts a password given for a sheet protected without one", async () => {
    const workbook = createWorkbook();
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").protection.protect();
      await context.sync();
    });
    await unprotect(workbook, "whatever");
    expect(isProtected(workbook)).toBe(false);
  });
});
