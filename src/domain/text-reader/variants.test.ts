import { readFixture } from "../../../test/helpers/fixture";
import { consistentReport } from "../__fixtures__/consistent-report";
import type { Report } from "../model";
import { writeReportText, type Relabel } from "./__fixtures__/report-text";
import { readReportText } from "./read-report-text";

// Headings and labels as people write them: closest to exactly one official label, read as that one with an info
// finding saying what was read as what; close to two, not guessed.

const FIXTURE = readFixture();
const fixtureTables = readReportText(FIXTURE).report?.tables;

function variant(from: string, to: string, text = FIXTURE): string {
  if (!text.includes(from)) throw new Error(`not in the text: ${from}`);
  return text.replace(from, to);
}

const labelVariants = (text: string, hint = {}) =>
  readReportText(text, hint)
    .findings.filter((f) => f.code === "read.labelVariant")
    .map((f) => ({ severity: f.severity, ruleId: f.ruleId, quote: f.quote, detail: f.detail }));

describe("headings not written verbatim", () => {
  it.each([
    ["二、主动公开政府信息情况", "二、行政机关主动公开政府信息情况"],
    ["四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公开行政法复议、行政诉讼情况"],
    ["一、总体情况", "一、总体概述"],
    ["六、其他需要报告的事项", "六、其他需报告的事项"],
    ["五、存在的主要问题及改进情况", "五、政府信息公开工作存在的主要问题及改进情况"],
    ["四、政府信息公开行政复议、行政诉讼情况", "四、因政府信息公开工作被申请行政复议提起行政诉讼情况"],
  ])("“%s” written “%s” is read as it, and said", (official, written) => {
    const text = variant(official, written);
    const result = readReportText(text);
    expect(result.report?.tables).toEqual(fixtureTables);
    expect(result.problems).toEqual([]);
    expect(labelVariants(text)).toEqual([{ severity: "info", ruleId: "read.label", quote: written, detail: official }]);
  });

  it("reads “三、本年度办 理结果” (a space inside) as the group label, with every row under it", () => {
    const text = variant("\t三、本年度办理结果", "\t三、本年度办 理结果");
    expect(readReportText(text).report?.tables).toEqual(fixtureTables);
    expect(readReportText(text).problems).toEqual([]);
  });

  it("does not take a row label of table 三 (“二、上年结转…”) or a numbered line of prose for a heading", () => {
    const text = variant("一、总体情况\n", "一、总体情况\n一、加强组织领导\n二、主动公开情况\n三、依申请公开情况\n");
    expect(readReportText(text).report?.tables).toEqual(fixtureTables);
    expect(readReportText(text).report?.text.overview?.startsWith("一、加强组织领导")).toBe(true);
  });
});

describe("labels cut or mistyped by their authors", () => {
  const report2021 = (): Report => {
    let n = 0;
    return consistentReport("2021", 2023, () => (n++ * 5) % 7);
  };
  const written = (relabel: Relabel): string =>
    writeReportText(report2021(), "某市某局2023年政府信息公开工作年度报告", relabel);

  it.each([
    ["现行有效件数", "现行有效件"],
    ["行政事业性收费", "行政事业型收费"],
    ["行政规范性文件", "规范性文件"],
    ["3.危及“三安全一稳定”", "3.危及三安全一稳定"],
  ])("2021 “%s” written “%s”", (official, typo) => {
    const text = written((label) => (label === official ? typo : label));
    expect(text).toContain(typo);
    const result = readReportText(text);
    expect(result.report?.tables).toEqual(report2021().tables);
    expect(result.problems).toEqual([]);
    expect(labelVariants(text)).toEqual([{ severity: "info", ruleId: "read.label", quote: typo, detail: official }]);
  });

  it("enumerations written “1、” as PDFs and Word print them are the official “1.”: read, nothing to say", () => {
    const text = written((label) => label.replace(/^([0-9])\./u, "$1、"));
    expect(text).toContain("1、属于国家秘密");
    const result = readReportText(text);
    expect(result.report?.tables).toEqual(report2021().tables);
    expect(result.problems).toEqual([]);
    expect(labelVariants(text)).toEqual([]);
  });

  it("2019 “本年增/减” cut to “本年增/”", () => {
    const text = FIXTURE.replaceAll("本年增/减", "本年增/");
    expect(readReportText(text).report?.tables).toEqual(fixtureTables);
    expect(labelVariants(text)).toEqual([
      { severity: "info", ruleId: "read.label", quote: "本年增/", detail: "本年增/减" },
    ]);
  });

  it("never guesses between two labels: “第二十条第（七）项” is as close to （八） as to （九）; （八） is read by its row", () => {
    const result = readReportText(variant("第二十条第（八）项", "第二十条第（七）项"));
    expect(result.problems).toContainEqual({
      code: "table.ambiguous",
      table: "disclosure",
      reason: "labelUnclear",
      detail: "第二十条第（七）项",
      candidates: [
        "第二十条第（一）项",
        "第二十条第（五）项",
        "第二十条第（六）项",
        "第二十条第（八）项",
        "第二十条第（九）项",
      ],
      scope: "none",
    });
    // The item's own row (行政事业性收费) says where it is, heading or not.
    expect(result.unread).toEqual([]);
    expect(result.report?.tables).toEqual(fixtureTables);
  });
});
