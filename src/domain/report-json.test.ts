import { parseReportJson } from "./report-json";
import { toReportJson } from "./to-report-json";
import { zeroReport } from "./report";

const valid = {
  schema: "nianbao.report/1",
  format: "2021",
  year: 2025,
  body: "某市某局",
  tables: {
    disclosure: { "rules.issued": 0, "normativeDocs.inForce": 12, "fees.amount": 0 },
    applications: { "newReceived.natural": 3, "newReceived.total": 3 },
    appeals: { "review.upheld": 0, "review.total": 0 },
  },
  text: { overview: "…", problems: "…", other: "…" },
};

describe("report JSON", () => {
  it("reads the spec's example", () => {
    const parsed = parseReportJson(valid);
    expect(parsed).toMatchObject({ ok: true, report: { format: "2021", year: 2025, body: "某市某局" } });
  });

  it("round-trips a report", () => {
    const report = zeroReport("2019", 2019, "某局");
    report.text = { overview: "一", problems: "五", other: "六" };
    delete report.tables.appeals["review.total"];
    expect(parseReportJson(JSON.parse(JSON.stringify(toReportJson(report))))).toEqual({
      ok: true,
      report,
      dismissals: [],
      findings: [],
    });
  });

  it("reads a later year in the 2019 tables as written, with the warning the text reader gives", () => {
    const report = zeroReport("2019", 2022, "某镇");
    const parsed = parseReportJson(JSON.parse(JSON.stringify(toReportJson(report))));
    expect(parsed).toMatchObject({ ok: true, report: { format: "2019", year: 2022 } });
    expect(parsed.ok && parsed.findings.map((f) => [f.code, f.severity, f.detail, f.expected])).toEqual([
      ["read.formatYear", "warning", "2019", 2022],
    ]);
  });

  it("keeps the dismissed warnings with their reasons", () => {
    const report = zeroReport("2021", 2025, "某局");
    const dismissals = [
      {
        ruleId: "cell.blank",
        cells: [{ table: "applications" as const, key: "carriedIn.total" }],
        reason: "该栏由上级统一填报",
        fingerprint: '[2025,"cell.blank"]',
      },
    ];
    const json = JSON.parse(JSON.stringify(toReportJson(report, dismissals))) as unknown;
    expect(json).toMatchObject({ dismissed: [{ reason: "该栏由上级统一填报" }] });
    expect(parseReportJson(json)).toEqual({ ok: true, report, dismissals, findings: [] });
    expect(toReportJson(report)).not.toHaveProperty("dismissed");
  });

  // Paths and keys are the file's own; everything else a person reads is Chinese.
  const withoutPathAndQuotes = (error: string) => error.replace(/^[^：]*：/, "").replace(/“[^”]*”/g, "");
  it.each([
    ["a number beyond what JSON numbers hold", '{"newReceived.total": 1e400}', "数字过大"],
    ["text in a figure", '{"newReceived.total": "3"}', "应为数字，填写的是文字"],
    ["a list instead of a table", "[]", "应为对象"],
  ])("says %s in Chinese only", (_name, applications, says) => {
    const text = JSON.stringify(valid).replace('{"newReceived.natural":3,"newReceived.total":3}', applications);
    const parsed = parseReportJson(JSON.parse(text));
    const errors = parsed.ok ? [] : parsed.errors;
    expect(errors).toEqual([expect.stringContaining(says)]);
    expect(errors.map(withoutPathAndQuotes).join("")).not.toMatch(/[A-Za-z]{2,}/);
  });

  it("names an unknown key", () => {
    const parsed = parseReportJson({ ...valid, remarks: "" });
    expect(parsed.ok ? [] : parsed.errors).toEqual(["（根）：不认识的键“remarks”，nianbao.report/1 中没有此项"]);
  });

  it.each([
    [{ ...valid, schema: "nianbao.report/2" }, ["schema："]],
    [{ ...valid, extra: 1 }, ["（根）：", "extra"]],
    [{ ...valid, year: 2020 }, ["format：2020 年度报告不适用 2021 格式"]],
    [
      { ...valid, tables: { ...valid.tables, appeals: { "review.sum": 1 } } },
      ['tables.appeals["review.sum"]：', "review.sum"],
    ],
    [
      { ...valid, tables: { ...valid.tables, applications: { "newReceived.total": "3" } } },
      ['tables.applications["newReceived.total"]：'],
    ],
    [{ ...valid, format: "2022" }, ["format："]],
  ])("explains in Chinese what is wrong, with the path (%#)", (json, parts) => {
    const parsed = parseReportJson(json);
    expect(parsed.ok).toBe(false);
    const text = parsed.ok ? "" : parsed.errors.join("\n");
    for (const part of parts) expect(text).toContain(part);
    expect(text).toMatch(/[\u4e00-\u9fff]/);
  });

  it("lists every bad field at once", () => {
    const parsed = parseReportJson({ ...valid, body: 3, tables: { ...valid.tables, appeals: { "x.y": 1 } } });
    expect(parsed.ok ? [] : parsed.errors).toHaveLength(2);
  });
});
