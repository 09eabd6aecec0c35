import type { Report } from "../model";
import { zeroReport } from "../report";
import { validateReport } from "../rules/validate";
import { readReportText } from "./read-report-text";
import { readFixture } from "../../../test/helpers/fixture";

// The real published report (test/fixtures, a copy of shared/fixtures), and variants of it
// made by string replacement, each the way a person or a web page writes it.
const FIXTURE = readFixture();

/** The fixture with one exact piece of text replaced; throws when the piece is not there, so no case passes by accident. */
function variant(from: string | RegExp, to: string, text = FIXTURE): string {
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`not in the fixture: ${String(from)}`);
  return changed;
}

/** The fixture with the n-th number after a row label (one number a line) replaced by `value`, or removed. */
function withNumber(rowLabel: string, n: number, value: string | undefined, text = FIXTURE): string {
  const lines = text.split("\n");
  const start = lines.findIndex((line) => line.replace(/\s/g, "") === rowLabel);
  const numbers = lines.flatMap((line, i) => (i > start && /^\s*\d+\s*$/.test(line) ? [i] : []));
  const at = numbers[n];
  if (start < 0 || at === undefined) throw new Error(`no number ${n} after ${rowLabel}`);
  lines.splice(at, 1, ...(value === undefined ? [] : [`\t${value}`]));
  return lines.join("\n");
}

/** The fixture with table 四's 15 numbers replaced by one line. */
function withAppealsLine(line: string): string {
  const lines = FIXTURE.split("\n");
  const start = lines.findIndex((l) => l.includes("四、政府信息公开行政复议"));
  const numbers = lines.flatMap((l, i) => (i > start && /^\s*\d+\s*$/.test(l) ? [i] : []));
  return [...lines.slice(0, numbers[0]), line, ...lines.slice((numbers.at(-1) ?? 0) + 1)].join("\n");
}

const expectedFixture = (): Report => {
  const report = zeroReport("2019", 2019, "");
  Object.assign(report.tables.disclosure, {
    "procurement.count": 999,
    "procurement.amount": 850,
    "normativeDocs.made": 4,
    "normativeDocs.published": 4,
    "normativeDocs.totalPublic": 4,
  });
  return report;
};

const errorsOf = (report: Report | undefined): string[] =>
  report
    ? validateReport(report)
        .filter((f) => f.severity === "error")
        .map((f) => `${f.ruleId} ${f.cells[0]?.key ?? ""}`)
        .sort()
    : ["no report"];

describe("readReportText on the published 2019 fixture", () => {
  const result = readReportText(FIXTURE);

  it("reads every figure as written, with no finding and no problem", () => {
    expect(result.report?.tables).toEqual(expectedFixture().tables);
    expect([result.findings, result.problems, result.extraRows]).toEqual([[], [], []]);
    expect(errorsOf(result.report)).toEqual([]);
  });

  it("finds format 2019 and year 2019 from section 一, and no body in a title that names none", () => {
    expect(result.report).toMatchObject({ format: "2019", year: 2019, body: "" });
  });

  it("keeps sections 一, 五 and 六 as trimmed prose without their headings", () => {
    const text = result.report?.text ?? {};
    expect(text.overview?.startsWith("2019年，我局严格按照")).toBe(true);
    expect(text.problems?.startsWith("2019年在政府信息公开工作方面")).toBe(true);
    expect(text.other?.startsWith("由于我单位")).toBe(true);
    expect(text.other?.endsWith("做好保密工作")).toBe(true);
  });
});

describe("a changed number in table 三 breaks exactly the rules through that cell", () => {
  it.each([
    ["（一）予以公开", 0, ["applications.resultTotal resultTotal.natural", "applications.rowTotal disclosed.total"]],
    [
      "一、本年新收政府信息公开申请数量",
      1,
      ["applications.balance newReceived.commercial", "applications.rowTotal newReceived.total"],
    ],
    ["四、结转下年度继续办理", 6, ["applications.balance newReceived.total", "applications.rowTotal carriedOut.total"]],
  ])("%s, number %i", (row, n, broken) => {
    expect(errorsOf(readReportText(withNumber(row, n, "3")).report)).toEqual(broken);
  });
});

describe("quirks of published text", () => {
  const appeals = [1, 0, 0, 1, 2, 0, 1, 0, 0, 1, 0, 0, 1, 0, 1];

  it.each([" ", " | ", "|", "｜", "\t"])("reads table 四's 15 numbers on one line separated by “%s”", (separator) => {
    const result = readReportText(withAppealsLine(appeals.join(separator)));
    expect(Object.values(result.report?.tables.appeals ?? {})).toEqual(appeals);
    expect(result.report?.tables.appeals["suitAfterReview.total"]).toBe(1);
    expect(result.problems).toEqual([]);
  });

  it.each([
    ["１２件", 12],
    ["1,234件", 1234],
    ["１，２３４ 件", 1234],
  ])("reads 采购项目数量 written “%s” as %d", (written, value) => {
    const result = readReportText(variant("999件", written));
    expect(result.report?.tables.disclosure["procurement.count"]).toBe(value);
    expect(result.findings).toEqual([]);
  });

  it.each(["/", "-", "—", "--", "不适用", "无"])("reads the placeholder “%s” as blank, not as text", (placeholder) => {
    const result = readReportText(
      variant("\t行政许可\n\t0\n\t0\n\t0", `\t行政许可\n\t${placeholder}\n\t${placeholder}\n\t0`),
    );
    expect(result.report?.tables.disclosure).not.toHaveProperty("licensing.lastYearItems");
    expect(result.report?.tables.disclosure["licensing.decisions"]).toBe(0);
    expect([result.findings, result.problems]).toEqual([[], []]);
    const blanks = validateReport(result.report as Report).filter((f) => f.code === "cell.blank");
    expect(blanks.map((f) => f.cells.map((c) => c.key))).toEqual([["licensing.lastYearItems", "licensing.change"]]);
  });

  it.each([
    ["+2", 2],
    ["-1", -1],
    ["－1", -1],
  ])("reads 本年增/减 written with a sign “%s”", (written, value) => {
    const result = readReportText(variant("\t行政许可\n\t0\n\t0\n", `\t行政许可\n\t0\n\t${written}\n`));
    expect(result.report?.tables.disclosure["licensing.change"]).toBe(value);
    expect([result.findings, result.problems]).toEqual([[], []]);
  });

  it("takes a bare 采购总金额 as 万元 and says so", () => {
    const result = readReportText(variant("850万元", "850"));
    expect(result.report?.tables.disclosure["procurement.amount"]).toBe(850);
    expect(result.findings.map((f) => [f.code, f.cells[0]?.key])).toEqual([["cell.unitMissing", "procurement.amount"]]);
  });

  it("keeps 采购总金额 written in 元 in 万元", () => {
    const result = readReportText(variant("850万元", "79000.1元"));
    expect(result.report?.tables.disclosure["procurement.amount"]).toBe(7.90001);
    expect(result.findings).toEqual([]);
  });

  it("keeps a refused cell out of the report with the reader's finding", () => {
    const result = readReportText(variant("999件", "约10件"));
    expect(result.report?.tables.disclosure).not.toHaveProperty("procurement.count");
    expect(result.findings.map((f) => [f.code, f.quote])).toEqual([["cell.notNumber", "约10件"]]);
    expect(result.problems).toEqual([]);
  });

  it.each([
    ["二、主动公开政府信息情况", "二、主动公开政府信息的情况"],
    ["五、存在的主要问题及改进情况", "五、存在问题及改进情况"],
  ])("accepts the heading “%s” written “%s”", (heading, written) => {
    const result = readReportText(variant(heading, written));
    expect(result.report?.tables).toEqual(expectedFixture().tables);
    expect(result.report?.text.problems?.startsWith("2019年在政府信息公开工作方面")).toBe(true);
    expect(result.problems).toEqual([]);
  });

  it("keeps a local extra row of table 二 aside, unchecked", () => {
    const result = readReportText(variant("\t4\n\n", "\t4\n\n\t其他主动\n公开文件\n\t12\n\t12件\n\t/\n\n"));
    expect(result.extraRows).toEqual([{ table: "disclosure", label: "其他主动公开文件", cells: ["12", "12件", "/"] }]);
    expect(result.report?.tables).toEqual(expectedFixture().tables);
    expect(result.problems).toEqual([]);
  });
});
