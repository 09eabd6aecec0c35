import { readWorkbook } from "../../src/files/xlsx/read-workbook";
import { consistentReport, cycle } from "../../src/domain/__fixtures__/consistent-report";
import { describeWorkbookProblem } from "../../src/files/xlsx/strings.zh-CN";
import { loadWorkbook, typedFigures, type Typed } from "./fill-workbook";
import { handMadeWorkbook } from "./hand-made";

// Workbooks people made themselves after the official tables: no names, found by their labels.

describe.each([
  { format: "2019", year: 2019, offset: { rows: 3, cols: 2 } },
  { format: "2021", year: 2024, offset: { rows: 0, cols: 5 } },
] as const)(
  "a hand-made $year workbook shifted $offset.rows rows down, $offset.cols columns right",
  ({ format, year, offset }) => {
    const report = consistentReport(format, year, cycle(3, 7));
    const title = `某县某局${year}年政府信息公开工作年度报告`;

    it("is read by its labels: every figure typed, and the prose under each section title", async () => {
      const buffer = await handMadeWorkbook({
        format,
        title,
        values: typedFigures(report, {}),
        prose: { overview: "本年度，我局认真贯彻落实《条例》。", other: "无其他需要报告的事项。" },
        offset,
      });
      const { reports, problems } = await readWorkbook(buffer);
      expect(problems).toEqual([]);
      expect(reports).toHaveLength(1);
      const [read] = reports;
      expect(read).toMatchObject({ sheet: "Sheet1", foundBy: "labels", findings: [] });
      expect(read!.report).toMatchObject({ format, year, body: "某县某局" });
      expect(read!.report.tables).toEqual(report.tables);
      expect(read!.report.text).toEqual({
        overview: "本年度，我局认真贯彻落实《条例》。",
        other: "无其他需要报告的事项。",
      });
    });
  },
);

describe("figures typed by hand", () => {
  const report = consistentReport("2019", 2019, cycle(3, 7));
  const read = async (changes: Record<string, Typed | undefined>) => {
    const buffer = await handMadeWorkbook({
      format: "2019",
      title: "某县某局2019年政府信息公开工作年度报告",
      values: typedFigures(report, changes),
      offset: { rows: 2, cols: 1 },
    });
    const { reports, problems } = await readWorkbook(buffer);
    expect(problems).toEqual([]);
    return reports[0]!;
  };

  it("reads numbers typed with their unit, each with a cell.unitTyped warning naming the cell", async () => {
    const { report: got, findings } = await read({
      "disclosure:procurement.count": "999件",
      "disclosure:procurement.amount": "850万元",
      "applications:newReceived.natural": "12 件",
    });
    expect(got.tables.disclosure).toMatchObject({ "procurement.count": 999, "procurement.amount": 850 });
    expect(got.tables.applications["newReceived.natural"]).toBe(12);
    expect(findings.map((f) => [f.code, f.severity, f.cells[0]?.key, f.quote])).toEqual([
      ["cell.unitTyped", "warning", "procurement.count", "999件"],
      ["cell.unitTyped", "warning", "procurement.amount", "850万元"],
      ["cell.unitTyped", "warning", "newReceived.natural", "12 件"],
    ]);
  });

  it.each([
    ["a blank cell", undefined],
    ["a placeholder “/”", "/"],
    ["spaces only", "　 "],
  ])("reads %s as an absent figure, without a finding", async (_, typed) => {
    const { report: got, findings } = await read({ "applications:carriedIn.legal": typed });
    expect(got.tables.applications).not.toHaveProperty("carriedIn.legal");
    expect(findings).toEqual([]);
  });

  it.each([
    ["text", "十二", "cell.notNumber"],
    ["a fraction in a count", 1.5, "cell.notWhole"],
    ["a negative count", -1, "cell.negative"],
  ])("refuses %s with an error finding", async (_, typed, code) => {
    const { report: got, findings } = await read({ "appeals:review.upheld": typed });
    expect(got.tables.appeals).not.toHaveProperty("review.upheld");
    expect(findings).toMatchObject([{ code, severity: "error", cells: [{ table: "appeals", key: "review.upheld" }] }]);
  });

  it("reads a signed 本年增/减 such as “-2” as a change", async () => {
    const { report: got, findings } = await read({ "disclosure:licensing.change": "-2" });
    expect(got.tables.disclosure["licensing.change"]).toBe(-2);
    expect(findings).toEqual([]);
  });
});

describe("hand-made workbooks that cannot be read", () => {
  it("names a row label that is missing, and reads no report", async () => {
    const report = consistentReport("2021", 2022, cycle(3, 7));
    const buffer = await handMadeWorkbook({
      format: "2021",
      title: "2022年政府信息公开工作年度报告",
      values: typedFigures(report, {}),
      offset: { rows: 0, cols: 0 },
      sheetName: "报表",
    });
    // Remove one row label by typing over it in a copy of the workbook.
    const workbook = await loadWorkbook(buffer);
    const sheet = workbook.getWorksheet("报表")!;
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === "2.重复申请") cell.value = "重复的申请";
      }),
    );
    const { reports, problems } = await readWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(reports).toEqual([]);
    expect(problems).toEqual([{ code: "label.missing", sheet: "报表", table: "applications", label: "2.重复申请" }]);
    expect(describeWorkbookProblem(problems[0]!)).toBe(
      "工作表“报表”：表格“三、收到和处理政府信息公开申请情况”中没有找到栏目“2.重复申请”",
    );
  });

  it("asks for the year when neither a title nor the sheet's name gives it", async () => {
    const buffer = await handMadeWorkbook({
      format: "2021",
      title: "某局政府信息公开工作年度报告",
      values: {},
      offset: { rows: 1, cols: 1 },
    });
    const { reports, problems } = await readWorkbook(buffer);
    expect(reports).toEqual([]);
    expect(problems).toEqual([{ code: "report.yearUnknown", sheet: "Sheet1" }]);
  });

  it("takes the year from a sheet named like the template's, “2020年报表”", async () => {
    const buffer = await handMadeWorkbook({
      format: "2019",
      title: "某局政府信息公开工作年度报告",
      values: {},
      offset: { rows: 1, cols: 1 },
      sheetName: "2020年报表",
    });
    const { reports } = await readWorkbook(buffer);
    expect(reports[0]?.report).toMatchObject({ format: "2019", year: 2020, body: "某局" });
  });
});
