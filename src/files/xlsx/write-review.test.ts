import ExcelJS from "exceljs";
import type { ReviewSheet } from "../../domain/review/sheets";
import { writeReviewWorkbook } from "./write-review";

// What a reviewer sees on opening the results workbook: the header stays in view, every column filters, the status
// cells are coloured by how bad the row is, rates are percentages and a missing rate says “—”.

const summary: ReviewSheet = {
  name: "汇总",
  columns: [
    { header: "机关", kind: "text" },
    { header: "状态", kind: "text" },
    { header: "实质公开率", kind: "percent" },
  ],
  rows: [
    { values: ["某县卫生健康委员会", "有错误", 2 / 3], tone: "errors" },
    { values: ["甲镇", "通过", undefined], tone: "passed" },
  ],
  toneColumn: 1,
};

async function load(sheets: ReviewSheet[]): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writeReviewWorkbook(sheets)) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe("writeReviewWorkbook", () => {
  it("freezes the header row, filters every column and fills the status cells by tone", async () => {
    const sheet = (await load([summary])).getWorksheet("汇总")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBe("A1:C1");
    const fillOf = (row: number) => (sheet.getCell(row, 2).fill as ExcelJS.FillPattern).fgColor?.argb;
    expect([fillOf(2), fillOf(3)]).toEqual(["FFFFC7CE", "FFC6EFCE"]);
    expect(sheet.getCell(2, 1).fill).toBeUndefined();
  });

  it("writes rates as percentages and a missing value as “—”", async () => {
    const sheet = (await load([summary])).getWorksheet("汇总")!;
    expect([sheet.getCell(2, 3).value, sheet.getCell(2, 3).numFmt]).toEqual([2 / 3, "0.0%"]);
    expect(sheet.getCell(3, 3).value).toBe("—");
  });

  it("makes columns wide enough for their Chinese text", async () => {
    const sheet = (await load([summary])).getWorksheet("汇总")!;
    // 某县卫生健康委员会: 9 characters, 18 columns wide, plus padding.
    expect(sheet.getColumn(1).width).toBe(20);
    expect(sheet.getColumn(2).width).toBe(8);
  });
});
