import { parseReportJson, toReportJson } from "./report-json";
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
    expect(parseReportJson(JSON.parse(JSON.stringify(toReportJson(report))))).toEqual({ ok: true, report });
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
