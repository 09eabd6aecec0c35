import ExcelJS from "exceljs";
import { parseRangeName, type CellRef, type Report } from "../../domain";
import { consistentReport, cycle } from "../../domain/__fixtures__/consistent-report";
import { readWorkbook } from "./read-workbook";
import { readXlsxReport } from "./read-xlsx-report";
import { writeReportWorkbook, writeTemplate } from "./write-template";

// Workbooks made by the template, read back by their names, as a person sees their cells.

async function open(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}
const save = async (workbook: ExcelJS.Workbook): Promise<Buffer> => Buffer.from(await workbook.xlsx.writeBuffer());

/** The cell of a workbook that a name for `ref` locates. */
function named(workbook: ExcelJS.Workbook, ref: CellRef): ExcelJS.Cell {
  const entry = workbook.definedNames.model.find(({ name }) => {
    const parsed = parseRangeName(name);
    return parsed && "ref" in parsed && parsed.ref.table === ref.table && parsed.ref.key === ref.key;
  })!;
  const [sheet = "", address = ""] = entry.ranges[0]!.replace(/['$]/g, "").split("!");
  return workbook.getWorksheet(sheet)!.getCell(address);
}

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

describe("readWorkbook on workbooks made by nianbao", () => {
  it.each([["2019", 2020] as const, ["2021", 2025] as const])(
    "reads a %s report written as a workbook back unchanged, prose included",
    async (format, year) => {
      const report: Report = {
        ...consistentReport(format, year, cycle(3, 5)),
        text: { overview: "本年度，我局……", problems: "一是……", other: "无其他需要报告的事项。" },
      };
      const { reports, problems } = await readWorkbook(await writeReportWorkbook(report));
      expect(problems).toEqual([]);
      expect(reports).toEqual([{ sheet: `${year}年报表`, foundBy: "names", report, findings: [] }]);
    },
  );

  it("works out totals a file carries no result for, ignoring a figure typed as text, and warns of the unit", async () => {
    const workbook = await open(await writeTemplate({ year: 2025, body: "某局" }));
    named(workbook, { table: "applications", key: "newReceived.natural" }).value = 3;
    named(workbook, { table: "applications", key: "newReceived.commercial" }).value = "999件";
    dropResults(workbook);
    const { reports } = await readWorkbook(await save(workbook));
    const [{ report, findings }] = reports as [(typeof reports)[number]];
    expect(report.tables.applications).toMatchObject({ "newReceived.natural": 3, "newReceived.commercial": 999 });
    // Excel's SUM skips text, so the 总计 the person sees leaves the 999 out.
    expect(report.tables.applications["newReceived.total"]).toBe(3);
    expect(findings).toEqual([
      {
        ruleId: "cell.unit",
        severity: "warning",
        code: "cell.unitTyped",
        cells: [{ table: "applications", key: "newReceived.commercial" }],
        quote: "999件",
        actual: 999,
      },
    ]);
  });

  it("names the figures of a circular reference as errors, and leaves the totals reading them unread, with why", async () => {
    const workbook = await open(await writeTemplate({ year: 2025, body: "某局" }));
    const natural = named(workbook, { table: "applications", key: "newReceived.natural" });
    const commercial = named(workbook, { table: "applications", key: "newReceived.commercial" });
    natural.value = { formula: `${commercial.address}+1` };
    commercial.value = { formula: `${natural.address}+1` };
    dropResults(workbook);
    const read = await readXlsxReport("loop.xlsx", await save(workbook));
    if (!read.ok) throw new Error(read.errors.join());
    const loop = read.findings.filter((f) => f.code === "cell.circularFormula");
    expect(loop.map((f) => [f.severity, f.cells])).toEqual([
      ["error", [{ table: "applications", key: "newReceived.natural" }]],
      ["error", [{ table: "applications", key: "newReceived.commercial" }]],
    ]);
    // No figure nobody wrote: neither the loop nor the total over it holds a value.
    expect(read.report.tables.applications["newReceived.natural"]).toBeUndefined();
    expect(read.report.tables.applications["newReceived.total"]).toBeUndefined();
    expect(read.unread).toContainEqual({ table: "applications", key: "newReceived.total" });
    expect(read.notes).toEqual([expect.stringContaining("引用了循环引用的单元格，无法计算")]);
  });

  it("reports a total that shows an error value as not a number", async () => {
    const workbook = await open(await writeTemplate({ year: 2025, body: "某局" }));
    const total = named(workbook, { table: "appeals", key: "review.total" });
    total.value = { formula: total.formula, result: { error: "#VALUE!" } };
    const { reports } = await readWorkbook(await save(workbook));
    expect(reports[0]?.findings).toMatchObject([
      {
        code: "cell.notNumber",
        severity: "error",
        cells: [{ table: "appeals", key: "review.total" }],
        quote: "#VALUE!",
      },
    ]);
  });

  it("finds one report per year in a workbook holding two years; a report file takes the first and says so", async () => {
    const older = await open(await writeTemplate({ year: 2024, body: "某局" }));
    const newer = await open(await writeTemplate({ year: 2025, body: "某局" }));
    // Copy the 2024 sheets and their names into the 2025 workbook, as a person keeping every year in one file.
    for (const source of older.worksheets) {
      const copy = newer.addWorksheet(source.name);
      source.eachRow((row, r) => row.eachCell((cell, c) => (copy.getCell(r, c).value = cell.value)));
    }
    for (const { name, ranges } of older.definedNames.model) newer.definedNames.add(ranges[0]!, name);
    const buffer = await save(newer);
    const { reports } = await readWorkbook(buffer);
    expect(reports.map((r) => [r.report.year, r.report.format, r.sheet])).toEqual([
      [2024, "2021", "2024年报表"],
      [2025, "2021", "2025年报表"],
    ]);
    expect(await readXlsxReport("两年.xlsx", buffer)).toMatchObject({
      ok: true,
      report: { year: 2024 },
      notes: ["工作簿中有 2 份报告，只读取了第一份（工作表“2024年报表”，2024 年度）"],
    });
  });
});

describe("readWorkbook on files that hold no report", () => {
  it("says a file that is not a workbook is unreadable", async () => {
    const { reports, problems } = await readWorkbook(Buffer.from("这不是 Excel 文件"));
    expect(reports).toEqual([]);
    expect(problems).toMatchObject([{ code: "workbook.unreadable" }]);
  });

  it("says a workbook without the official tables holds no report", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1").getCell("A1").value = "预算表";
    const { problems } = await readWorkbook(await save(workbook));
    expect(problems).toEqual([{ code: "workbook.noReport" }]);
  });

  it("turns those problems into a report file's Chinese errors", async () => {
    expect(await readXlsxReport("x.xlsx", Buffer.from("no"))).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^不是有效的 Excel 工作簿（\.xlsx）/)],
    });
  });
});
