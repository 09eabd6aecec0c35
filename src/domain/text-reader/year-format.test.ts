import { readFixture } from "../../../test/helpers/fixture";
import { consistentReport } from "../__fixtures__/consistent-report";
import type { ReadHint, Report } from "../model";
import { writeReportText } from "./__fixtures__/report-text";
import { readReportText } from "./read-report-text";

// Which year and format a report is: the user's word first, then what the report says, in the order people write
// it (title, statistics period, section 一), then the file's name; the format from the tables, not from the year.

const FIXTURE = readFixture();

function report2021(overview: string): Report {
  let n = 0;
  const report = consistentReport("2021", 2022, () => (n++ * 3) % 4);
  report.text = { overview, problems: "问题与改进。", other: "本年度未收取信息处理费。" };
  return report;
}

const PERIOD = "本报告所列数据统计期限自2022年1月1日起至2022年12月31日止。";

describe("the report year", () => {
  const text = (title: string, overview: string): string =>
    writeReportText(report2021(overview), title).replace("一、总体情况", `${PERIOD}\n一、总体情况`);
  const noPeriod = (title: string, overview: string): string => writeReportText(report2021(overview), title);

  it.each<[string, string, ReadHint, number | undefined]>([
    ["the title", text("某局2023年政府信息公开工作年度报告", "2021年，我局…"), {}, 2023],
    [
      "the statistics period, when the title names none",
      text("某局政府信息公开工作年度报告", "2021年，我局…"),
      {},
      2022,
    ],
    ["section 一, when neither does", noPeriod("某局政府信息公开工作年度报告", "2024年，我局…"), {}, 2024],
    [
      "the file name, when the report names none",
      noPeriod("某局政府信息公开工作年度报告", "我局认真做好工作。"),
      { fileName: "/收件/某局2025年度政府信息公开年报.txt" },
      2025,
    ],
    [
      "no year from a file name with several",
      noPeriod("某局政府信息公开工作年度报告", "我局认真做好工作。"),
      { fileName: "2023-2024.txt" },
      undefined,
    ],
    ["the user's --year over everything", text("某局2023年政府信息公开工作年度报告", "2021年…"), { year: 2026 }, 2026],
  ])("comes from %s", (_, written, hint, year) => {
    const result = readReportText(written, hint);
    expect(result.report?.year).toBe(year);
    if (year !== undefined) expect(result.report?.tables).toEqual(report2021("").tables);
    else expect(result.problems).toEqual([{ code: "year.unknown" }]);
  });

  it("reads a title written in Chinese numerals (“二〇二二年度”)", () => {
    const result = readReportText(noPeriod("某局二〇二二年度政府信息公开工作年度报告", "我局认真做好工作。"));
    expect(result.report).toMatchObject({ year: 2022, body: "某局" });
  });
});

describe("the format comes from the tables", () => {
  it("a 2023 report written in the 2019-format tables is read in them, with a warning", () => {
    const text = FIXTURE.replace("政府信息公开工作年度报告", "某局2023年政府信息公开工作年度报告");
    const result = readReportText(text);
    expect(result.report).toMatchObject({ format: "2019", year: 2023, body: "某局" });
    expect(result.report?.tables.disclosure).toMatchObject({ "procurement.count": 999, "procurement.amount": 850 });
    expect(result.problems).toEqual([]);
    expect(result.findings).toEqual([
      {
        ruleId: "read.formatYear",
        severity: "warning",
        code: "read.formatYear",
        cells: [],
        detail: "2019",
        expected: 2023,
      },
    ]);
  });

  it("the user's --format wins over the tables", () => {
    const result = readReportText(writeReportText(report2021("2022年…"), "某局2022年政府信息公开工作年度报告"), {
      format: "2019",
    });
    expect(result.report?.format).toBe("2019");
    expect(result.findings.map((f) => f.code)).toContain("read.formatYear");
  });
});
