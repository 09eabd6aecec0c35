import { isSetSupportedAt, parseApiLevel } from "./api-level";
import type { WorksheetChangedEventArgs } from "./event-registry";
import { createWorkbook, type PreviewWorkbook } from "./workbook";

async function changesAt(apiLevel: number): Promise<WorksheetChangedEventArgs[]> {
  const workbook = createWorkbook();
  workbook.apiLevel = apiLevel;
  const seen: WorksheetChangedEventArgs[] = [];
  await workbook.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").onChanged.add((args) => void seen.push(args));
    await context.sync();
  });
  workbook.editFromUi("Sheet1", "A1", [["3"]]);
  await workbook.whenIdle();
  return seen;
}

async function syncAt(workbook: PreviewWorkbook, write: (sheet: Excel.Worksheet) => void): Promise<void> {
  await workbook.run(async (context) => {
    write(context.workbook.worksheets.getItem("Sheet1") as unknown as Excel.Worksheet);
    await context.sync();
  });
}

describe("the host's ExcelApi level", () => {
  it("answers isSetSupported per level, with the shared runtime at every level", () => {
    expect(["1.8", "1.9", "1.14"].map((v) => isSetSupportedAt(8, "ExcelApi", v))).toEqual([true, false, false]);
    expect(isSetSupportedAt(8, "SharedRuntime", "1.1")).toBe(true);
    expect([isSetSupportedAt(19, "ExcelUndoApiAll", "1.0"), isSetSupportedAt(20, "ExcelUndoApiAll", "1.0")]).toEqual([
      false,
      true,
    ]);
    expect([parseApiLevel("1.8"), parseApiLevel("1.20"), parseApiLevel("2.0"), parseApiLevel(null)]).toEqual([
      8,
      20,
      undefined,
      undefined,
    ]);
  });

  it("sends onChanged without triggerSource below ExcelApi 1.14 and without details below 1.9", async () => {
    const [at8] = await changesAt(8);
    const [at13] = await changesAt(13);
    const [at14] = await changesAt(14);
    expect(at8 && ["triggerSource" in at8, "details" in at8]).toEqual([false, false]);
    expect(at13 && ["triggerSource" in at13, at13.details?.valueAfter]).toEqual([false, 3]);
    expect(at14?.triggerSource).toBe("Unknown");
  });

  it("fails APIs of newer sets with ApiNotFound: notes below 1.18, page layout below 1.9, onChanged of all sheets below 1.9", async () => {
    const workbook = createWorkbook();
    workbook.apiLevel = 8;
    const notes = syncAt(workbook, (sheet) => sheet.notes.add("A1", "说明"));
    await expect(notes).rejects.toMatchObject({ code: "ApiNotFound" });
    const layout = syncAt(workbook, (sheet) => (sheet.pageLayout.paperSize = "A4" as Excel.PaperType));
    await expect(layout).rejects.toMatchObject({ code: "ApiNotFound" });
    const onChanged = workbook.run(async (context) => {
      context.workbook.worksheets.onChanged.add(() => undefined);
      await context.sync();
    });
    await expect(onChanged).rejects.toMatchObject({ code: "ApiNotFound" });
    workbook.apiLevel = 5;
    const formats = syncAt(workbook, (sheet) =>
      sheet.getRange("A1").conditionalFormats.add("Custom" as Excel.ConditionalFormatType),
    );
    await expect(formats).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(syncAt(workbook, (sheet) => (sheet.getRange("A1").values = [[1]]))).resolves.toBeUndefined();
  });
});
