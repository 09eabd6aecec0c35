import ExcelJS from "exceljs";
import {
  cellsOfTable,
  formats,
  layoutTablesSheet,
  rangeName,
  sheetNames,
  textRangeName,
  toA1,
  zeroReport,
  type FormatId,
} from "../../domain";
import { writeTemplate } from "./write-template";

// The template as a person opens it: what each cell says, accepts, shows and prints.

async function open(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

/** exceljs keeps a sheet's protection on the sheet at run time, though its typings do not declare it. */
const protectionOf = (sheet: ExcelJS.Worksheet): unknown =>
  (sheet as ExcelJS.Worksheet & { sheetProtection?: unknown }).sheetProtection;

const namesOf = (workbook: ExcelJS.Workbook): Map<string, string> =>
  new Map(workbook.definedNames.model.map(({ name, ranges }) => [name, ranges[0] ?? ""]));

describe.each([
  ["2019", 2020],
  ["2021", 2025],
] as const)("the %s template for %s", (formatId: FormatId, year) => {
  const format = formats[formatId];
  const layout = layoutTablesSheet(format, year, "某市某局");
  const sheets = sheetNames(year);
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = await open(await writeTemplate({ year, body: "某市某局" }));
  });
  const tables = () => workbook.getWorksheet(sheets.tables)!;

  it("has the tables sheet and the text sheet, named by year", () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([sheets.tables, sheets.text]);
  });

  it("names every cell of every table where the layout puts it, and every prose section", () => {
    const names = namesOf(workbook);
    for (const table of format.tables) {
      for (const cell of cellsOfTable(table)) {
        const placed = layout.names.find((n) => n.ref?.key === cell.ref.key && n.ref.table === table.id)!;
        expect(names.get(rangeName(year, cell.ref))?.replace(/\$/g, "")).toBe(`'${sheets.tables}'!${placed.address}`);
      }
    }
    for (const section of format.text) expect(names.get(textRangeName(year, section.key))).toContain(sheets.text);
  });

  it("writes the title bold and every label, merged as the layout merges them", () => {
    const title = tables().getCell("A1");
    expect(title.value).toBe(`某市某局${year}年政府信息公开工作年度报告`);
    expect(title.font).toMatchObject({ bold: true, name: "宋体" });
    expect(tables().model.merges.sort()).toEqual(
      layout.merges.map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`).sort(),
    );
    for (const cell of layout.cells.filter((c) => typeof c.value === "string")) {
      expect(tables().getCell(cell.row + 1, cell.col + 1).value).toBe(cell.value);
    }
  });

  it("borders table cells, and widens columns as the layout says", () => {
    for (const cell of layout.cells.filter((c) => ["header", "label", "input", "total"].includes(c.role))) {
      expect(tables().getCell(cell.row + 1, cell.col + 1).border).toMatchObject({ top: { style: "thin" } });
    }
    expect(layout.columnWidths.map((_, i) => tables().getColumn(i + 1).width)).toEqual(layout.columnWidths);
  });

  it("computes totals with formulas, showing their result, locked; figures are unlocked and validated", () => {
    for (const cell of layout.cells.filter((c) => c.ref)) {
      const written = tables().getCell(cell.row + 1, cell.col + 1);
      if (cell.role === "total") {
        expect(written.formula).toBe(cell.formula!.slice(1));
        expect(written.result ?? 0).toBe(0);
        expect(written.protection?.locked).not.toBe(false);
        expect(written.dataValidation).toBeUndefined();
      } else {
        expect(written.protection).toMatchObject({ locked: false });
        expect(written.dataValidation).toMatchObject({ showErrorMessage: true, errorTitle: "输入有误" });
      }
    }
  });

  it("protects both sheets without a password, and prints on A4 fitted to the page width, the title repeated", () => {
    for (const sheet of workbook.worksheets) {
      expect(protectionOf(sheet)).toMatchObject({ sheet: true });
      expect(protectionOf(sheet)).not.toHaveProperty("hashValue");
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(sheet.pageSetup.printTitlesRow).toBe("1:1");
    }
  });

  it("leaves the prose cells unlocked and wrapped for writing", () => {
    const text = workbook.getWorksheet(sheets.text)!;
    const address = namesOf(workbook).get(textRangeName(year, "overview"))!.split("!")[1]!.replace(/\$/g, "");
    expect(text.getCell(address).protection).toMatchObject({ locked: false });
    expect(text.getCell(address).alignment).toMatchObject({ wrapText: true, vertical: "top" });
  });
});

describe("figures by kind in the 2019 template", () => {
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    sheet = (await open(await writeTemplate({ year: 2019, body: "某局" }))).getWorksheet("2019年报表")!;
  });
  const layout = layoutTablesSheet(formats["2019"], 2019, "某局");
  const cellOf = (table: "disclosure" | "applications", key: string) => {
    const placed = layout.cells.find((c) => c.ref?.table === table && c.ref.key === key)!;
    return sheet.getCell(placed.row + 1, placed.col + 1);
  };

  it.each([
    ["applications", "newReceived.natural", "whole", "请填写不小于 0 的整数（件）", "0"],
    ["disclosure", "rules.made", "whole", "请填写不小于 0 的整数（项）", "0"],
    ["disclosure", "licensing.change", "whole", "请填写整数（项），减少时填写负数，如 -2", "+0;-0;0"],
    ["disclosure", "procurement.amount", "custom", "请填写不小于 0 的金额（万元），最多 4 位小数", 'General"万元"'],
  ] as const)("%s %s: %s, alert “%s”, shown as %s", (table, key, type, error, numFmt) => {
    const cell = cellOf(table, key);
    expect(cell.dataValidation).toMatchObject({ type, error });
    expect(cell.numFmt).toBe(numFmt);
  });
});

describe("a template with last year's report", () => {
  it("fills 上年结转 from last year's 结转下年度 and shows the totals that follow", async () => {
    const previous = zeroReport("2019", 2020, "某局");
    previous.tables.applications["carriedOut.natural"] = 4;
    previous.tables.applications["carriedOut.legal"] = 2;
    const workbook = await open(await writeTemplate({ year: 2021, body: "某局", previous }));
    const names = namesOf(workbook);
    const sheet = workbook.getWorksheet("2021年报表")!;
    const at = (key: string) =>
      sheet.getCell(
        names
          .get(rangeName(2021, { table: "applications", key }))!
          .split("!")[1]!
          .replace(/\$/g, ""),
      );
    expect([at("carriedIn.natural").value, at("carriedIn.legal").value, at("carriedIn.commercial").value]).toEqual([
      4, 2, 0,
    ]);
    expect(at("carriedIn.total").result).toBe(6);
    expect(at("newReceived.natural").value).toBeNull();
  });
});
