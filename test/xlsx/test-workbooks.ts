import ExcelJS from "exceljs";
import { readReportText } from "../../src/domain";
import { consistentReport, cycle } from "../../src/domain/__fixtures__/consistent-report";
import { writeReportWorkbook, writeTemplate } from "../../src/files/xlsx/write-template";
import { readFixture } from "../helpers/fixture";
import { fillTemplate, loadWorkbook, namedCells, typedFigures } from "./fill-workbook";
import { handMadeWorkbook } from "./hand-made";

// Every kind of workbook the tests build, in one list: templates, filled templates, workbooks saved without
// formula results, several reports, renamed sheets, shared formulas, hand-made ones read by their labels, and
// files that hold no report. The reader comparison runs both readers over each.

const save = async (workbook: ExcelJS.Workbook): Promise<Buffer> => Buffer.from(await workbook.xlsx.writeBuffer());

/** As a program that does not calculate saves a file: every formula without its result. */
function dropResults(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) cell.value = { formula: cell.formula };
      }),
    );
  }
}

async function edited(buffer: Buffer, edit: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = await loadWorkbook(buffer);
  edit(workbook);
  return save(workbook);
}

/** Each test workbook by a name saying what it is. */
export async function testWorkbooks(): Promise<[string, Buffer][]> {
  const huancui = readReportText(readFixture()).report!;
  const report2021 = { ...consistentReport("2021", 2025, cycle(3, 5)), text: { overview: "本年度，我局……" } };
  const template2021 = await writeTemplate({ year: 2025, body: "某局" });
  const filled2019 = await fillTemplate(await writeTemplate({ year: 2019, body: huancui.body }), huancui, {
    "disclosure:procurement.count": "999件",
    "applications:newReceived.natural": "十二",
    "appeals:review.upheld": 1.5,
  });
  const handMade = (format: "2019" | "2021", year: number, extra: Partial<Parameters<typeof handMadeWorkbook>[0]>) =>
    handMadeWorkbook({
      format,
      title: `某县某局${year}年政府信息公开工作年度报告`,
      values: typedFigures(consistentReport(format, year, cycle(3, 7))),
      offset: { rows: 2, cols: 1 },
      ...extra,
    });
  const older = await loadWorkbook(await writeTemplate({ year: 2024, body: "某局" }));

  return [
    ["blank 2019-format template", await writeTemplate({ year: 2020, body: "某局" })],
    ["blank 2021-format template", template2021],
    ["template prefilled from last year", await writeTemplate({ year: 2025, body: "某局", previous: report2021 })],
    ["report written as a workbook, prose included", await writeReportWorkbook(report2021)],
    ["filled 2019 template with units, text and fractions typed", filled2019],
    ["filled template saved without formula results", await edited(filled2019, dropResults)],
    [
      "template whose total shows an error value",
      await edited(template2021, (workbook) => {
        const total = namedCells(workbook).find((c) => c.ref.key === "review.total")!.cell;
        total.value = { formula: total.formula, result: { error: "#VALUE!" } };
      }),
    ],
    [
      "two years in one workbook",
      await edited(template2021, (workbook) => {
        for (const source of older.worksheets) {
          const copy = workbook.addWorksheet(source.name);
          source.eachRow((row, r) => row.eachCell((cell, c) => (copy.getCell(r, c).value = cell.value)));
        }
        for (const { name, ranges } of older.definedNames.model) workbook.definedNames.add(ranges[0]!, name);
      }),
    ],
    [
      "template with its sheets renamed, names following",
      await edited(await fillTemplate(template2021, report2021), (workbook) => {
        const renamed = new Map(workbook.worksheets.map((sheet, i) => [sheet.name, `表${i + 1}`]));
        const names = workbook.definedNames.model;
        for (const sheet of workbook.worksheets) sheet.name = renamed.get(sheet.name)!;
        for (const { name, ranges } of names) {
          workbook.definedNames.remove(ranges[0]!, name);
          const [sheet = "", address = ""] = ranges[0]!.split("!");
          workbook.definedNames.add(`'${renamed.get(sheet.replace(/'/g, ""))}'!${address}`, name);
        }
      }),
    ],
    [
      "template whose row totals are one shared formula without results",
      await edited(await fillTemplate(template2021, report2021), (workbook) => {
        const totals = namedCells(workbook).filter(
          (c) => c.ref.table === "applications" && c.ref.key.endsWith(".total"),
        );
        const [master, ...others] = totals.map((t) => t.cell);
        master!.value = {
          formula: master!.formula,
          shareType: "shared",
          ref: `${master!.address}:${others.at(-1)!.address}`,
        } as ExcelJS.CellValue;
        for (const cell of others) cell.value = { sharedFormula: master!.address };
      }),
    ],
    ["hand-made 2019 workbook, shifted", await handMade("2019", 2019, { offset: { rows: 3, cols: 2 } })],
    [
      "hand-made 2021 workbook with prose",
      await handMade("2021", 2024, { offset: { rows: 0, cols: 5 }, prose: { overview: "本年度……", other: "无。" } }),
    ],
    [
      "hand-made workbook with units, placeholders and spaces typed",
      await handMade("2019", 2019, {
        values: typedFigures(consistentReport("2019", 2019, cycle(3, 7)), {
          "disclosure:procurement.amount": "850万元",
          "applications:carriedIn.legal": "/",
          "applications:carriedIn.natural": "　 ",
          "disclosure:licensing.change": "-2",
        }),
      }),
    ],
    [
      "hand-made workbook with a date, rich text and uncached sums",
      await edited(await handMade("2021", 2023, {}), (workbook) => {
        const sheet = workbook.worksheets[0]!;
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.value === "1.属于国家秘密") cell.value = { richText: [{ text: "1.属于" }, { text: "国家秘密" }] };
            if (cell.value === 3) cell.value = new Date(Date.UTC(2024, 0, 31));
            if (cell.value === 6) cell.value = { formula: "3+3" };
          }),
        );
      }),
    ],
    [
      "hand-made workbook missing a row label",
      await edited(await handMade("2021", 2022, { sheetName: "报表" }), (workbook) => {
        workbook.getWorksheet("报表")!.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.value === "2.重复申请") cell.value = "重复的申请";
          }),
        );
      }),
    ],
    ["hand-made workbook with no year", await handMade("2021", 2021, { title: "某局政府信息公开工作年度报告" })],
    [
      "hand-made workbook with the year in its sheet name",
      await handMade("2019", 2020, { title: "某局政府信息公开工作年度报告", sheetName: "2020年报表" }),
    ],
    [
      "workbook without the official tables",
      await edited(template2021, (workbook) => {
        for (const sheet of [...workbook.worksheets]) workbook.removeWorksheet(sheet.id);
        workbook.addWorksheet("Sheet1").getCell("A1").value = "预算表";
      }),
    ],
    ["not a workbook", Buffer.from("这不是 Excel 文件")],
  ];
}
