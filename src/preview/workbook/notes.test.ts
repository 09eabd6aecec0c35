import { PREVIEW_AUTHOR } from "./notes";
import { createWorkbook, type PreviewWorkbook } from "./workbook";

const notesOfSheet1 = (workbook: PreviewWorkbook): { address: string; content: string }[] =>
  (workbook.snapshot().sheets[0]?.notes ?? []).map(({ address, content }) => ({ address, content }));

async function withNotes(...cells: [string, string][]): Promise<PreviewWorkbook> {
  const workbook = createWorkbook();
  await workbook.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    for (const [address, content] of cells) sheet.notes.add(address, content);
    await context.sync();
  });
  return workbook;
}

describe("worksheet.notes in the preview", () => {
  it("adds a note by address or range, reads it back by address and lists notes in reading order", async () => {
    const workbook = await withNotes(["C3", "请核对"]);
    const read = await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.notes.add(sheet.getRange("A2"), "第二个");
      const note = sheet.notes.getItem("C3").load("content, authorName");
      const missing = sheet.notes.getItemOrNullObject("D4").load("content");
      const all = sheet.notes.load("items/content");
      await context.sync();
      return [note.content, note.authorName, missing.isNullObject, all.items.map((n) => n.content)];
    });
    expect(read).toEqual(["请核对", PREVIEW_AUTHOR, true, ["第二个", "请核对"]]);
  });

  it("changes and deletes a note, and finds where it is", async () => {
    const workbook = await withNotes(["B2", "旧"], ["B3", "留下"]);
    const where = await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.notes.getItem("B2").content = "新";
      const location = sheet.notes.getItem("B3").getLocation().load("address");
      await context.sync();
      return location.address;
    });
    expect([where, notesOfSheet1(workbook)]).toEqual([
      "Sheet1!B3",
      [
        { address: "B2", content: "新" },
        { address: "B3", content: "留下" },
      ],
    ]);
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").notes.getItem("B2").delete();
      await context.sync();
    });
    expect(notesOfSheet1(workbook)).toEqual([{ address: "B3", content: "留下" }]);
  });

  it("refuses a second note on a cell, a range of several cells, and a missing note", async () => {
    const workbook = await withNotes(["B2", "有了"]);
    const attempt = (write: (sheet: Excel.Worksheet) => void): Promise<string> =>
      workbook
        .run(async (context) => {
          write(context.workbook.worksheets.getItem("Sheet1") as unknown as Excel.Worksheet);
          await context.sync();
          return "ok";
        })
        .catch((error: { code: string }) => error.code);
    const codes = [
      await attempt((sheet) => sheet.notes.add("B2", "又一个")),
      await attempt((sheet) => sheet.notes.add("B2:C3", "多格")),
      await attempt((sheet) => sheet.notes.getItem("H9").load("content")),
    ];
    expect(codes).toEqual(["InvalidOperation", "InvalidArgument", "ItemNotFound"]);
    expect(notesOfSheet1(workbook)).toEqual([{ address: "B2", content: "有了" }]);
  });

  it("moves notes with inserted rows and drops them with deleted rows", async () => {
    const workbook = await withNotes(["B2", "上"], ["B5", "下"]);
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("3:4").insert("Down");
      sheet.getRange("2:2").delete("Up");
      await context.sync();
    });
    expect(notesOfSheet1(workbook)).toEqual([{ address: "B6", content: "下" }]);
  });

  it("keeps notes off a protected sheet unless its protection allows editing objects", async () => {
    const workbook = await withNotes();
    const codes = await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.protection.protect();
      sheet.notes.add("A1", "不行");
      return context.sync().then(
        () => "ok",
        (error: { code: string }) => error.code,
      );
    });
    expect([codes, notesOfSheet1(workbook)]).toEqual(["AccessDenied", []]);
  });
});
