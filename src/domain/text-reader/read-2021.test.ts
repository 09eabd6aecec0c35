import { consistentReport } from "../__fixtures__/consistent-report";
import type { Report } from "../model";
import { validateReport } from "../rules/validate";
import { writeReportText, type Relabel } from "./__fixtures__/report-text";
import { readReportText } from "./read-report-text";

// A 2021-format report written out from the 2021 TableDefs (every label, in the fixture's one-cell-a-line shape)
// must read back exactly.

const TITLE = "某市某局2025年政府信息公开工作年度报告";

function sample(): Report {
  let n = 0;
  const report = consistentReport("2021", 2025, () => (n++ * 7) % 5);
  report.tables.disclosure["fees.amount"] = 12.5;
  report.text = {
    overview: "2025年，我局扎实推进政务公开工作。\n（一）主动公开。本年制发规范性文件3件。",
    problems: "一是公开内容有待完善。2026年，我们将进一步规范工作流程。",
    other: "本年度未收取信息处理费。",
  };
  return report;
}

const commaVariant: Relabel = (label) => label.replace(/、(?=行政机关不再处理)/, "，");

describe("a 2021-format report as published text", () => {
  it.each([
    ["“、” in the （六） items", (label: string) => label],
    ["“，” in the （六） items", commaVariant],
  ])("reads back exactly with %s", (_, relabel) => {
    const report = sample();
    const text = writeReportText(report, TITLE, relabel);
    const result = readReportText(text);
    expect(result.report).toEqual(report);
    expect(result.report).toMatchObject({ format: "2021", year: 2025, body: "某市某局" });
    expect([result.findings, result.problems, result.extraRows]).toEqual([[], [], []]);
    expect(validateReport(report).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("is written with the variant labels the test claims to read", () => {
    const text = writeReportText(sample(), TITLE, commaVariant);
    expect(text).toContain("1.申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请");
    expect(text).not.toContain("逾期不补正、行政机关");
  });

  it("is found to be format 2021 by its labels, even without a year in the title", () => {
    const text = writeReportText(sample(), "政府信息公开工作年度报告");
    expect(readReportText(text).report).toMatchObject({ format: "2021", year: 2025, body: "" });
  });

  it("reads the 2021 labels broken across lines", () => {
    const text = writeReportText(sample(), TITLE)
      .replace("本年制发件数", "本年制发\n件数")
      .replace("（六）其他处理", "（六）其他\n\n处理")
      .replace("商业企业", "商业\n企业");
    expect(readReportText(text).report).toEqual(sample());
  });
});
