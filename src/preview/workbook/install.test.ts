import { installPreviewHost } from "./install";
import { createWorkbook } from "./workbook";

// This file uses the real @types/office-js globals, as src/excel will: the preview must run such code unchanged.
describe("installPreviewHost", () => {
  const workbook = createWorkbook();
  let uninstall: () => void = () => undefined;
  beforeAll(() => {
    uninstall = installPreviewHost(workbook);
  });
  afterAll(() => uninstall());

  it("runs Excel.run code written against the Office.js typings", async () => {
    const seen: string[] = [];
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.onChanged.add((args: Excel.WorksheetChangedEventArgs) => {
        seen.push(`${args.changeType} ${args.address} ${String(args.triggerSource)}`);
        return Promise.resolve();
      });
      const range = sheet.getRange("A1:B1");
      range.values = [[1, "=A1*3"]];
      range.format.font.bold = true;
      range.load("values, text");
      await context.sync();
      expect(range.values).toEqual([[1, 3]]);
      expect(range.text).toEqual([["1", "3"]]);
    });
    await workbook.whenIdle();
    expect(seen).toEqual([`RangeEdited A1:B1 ${Excel.EventTriggerSource.thisLocalAddin}`]);
  });

  it("rejects with an OfficeExtension.Error-like code", async () => {
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.add("Sheet1");
      await context.sync();
    });
    await expect(run).rejects.toBeInstanceOf(OfficeExtension.Error);
    await expect(run).rejects.toMatchObject({ code: Excel.ErrorCodes.itemAlreadyExists });
  });

  it("answers Office.onReady as Excel on the web, in Chinese, with ExcelApi up to 1.20 and the shared runtime", async () => {
    const info = await Office.onReady();
    expect([info.host, info.platform, Office.context.displayLanguage, Office.context.officeTheme.isDarkTheme]).toEqual([
      Office.HostType.Excel,
      "OfficeOnline",
      "zh-CN",
      false,
    ]);
    const supported = ["1.1", "1.8", "1.20", "1.21"].map((v) =>
      Office.context.requirements.isSetSupported("ExcelApi", v),
    );
    expect(supported).toEqual([true, true, true, false]);
    expect(Office.context.requirements.isSetSupported("SharedRuntime", "1.1")).toBe(true);
  });

  it("exposes the enums src/excel uses", () => {
    expect([Excel.ConditionalFormatType.custom, Excel.EventTriggerSource.unknown]).toEqual(["Custom", "Unknown"]);
  });
});
