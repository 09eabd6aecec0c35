import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkReport, readReportText, zeroReport, type Report } from "../../domain";
import { readFixture } from "../../../test/helpers/fixture";
import { runCliCaptured } from "../../../test/helpers/run-cli";
import { reportPage } from "./__fixtures__/report-page";
import { decodeHtml } from "./decode-html";
import { readReportHtml } from "./read-report-html";

// The published 2019 report as its site would serve it: the fixture text read once, then written as a page with
// the official merged headers, the procurement figures printed with their units (“999件”, “850万元”).
const fromText = readReportText(readFixture());
const published: Report = { ...fromText.report!, body: "威海市环翠区环境卫生管理局" };
const withUnits = (text: string): string => (text === "999" ? "999件" : text);
const page = reportPage(published, withUnits);

/** Paragraph breaks of the prose: copied text keeps a blank line between paragraphs, a page has none. */
const paragraphs = (text: Report["text"]) =>
  Object.fromEntries(Object.entries(text).map(([key, prose]) => [key, prose.split(/\n+/)]));

const workDir = mkdtempSync(join(tmpdir(), "nianbao-html-"));
const writePage = (name: string, html: string | Uint8Array): string => {
  const path = join(workDir, name);
  writeFileSync(path, html);
  return path;
};

describe("readReportHtml on the published 2019 report saved as a page", () => {
  const result = readReportHtml(page);

  it("reads the same figures, format and year as the copied text, and the body from the <h1> title", () => {
    expect(result.problems).toEqual([]);
    expect(result.findings).toEqual(fromText.findings);
    expect(result.report?.tables).toEqual(fromText.report?.tables);
    expect(result.report).toMatchObject({ format: "2019", year: 2019, body: "威海市环翠区环境卫生管理局" });
    expect(result.report?.tables.disclosure).toMatchObject({ "procurement.count": 999, "procurement.amount": 850 });
  });

  it("reads sections 一、五、六 as their paragraphs, without the navigation, script or footer", () => {
    expect(paragraphs(result.report?.text ?? {})).toEqual(paragraphs(fromText.report?.text ?? {}));
    expect(result.report?.text.other).not.toContain("版权所有");
  });
});

describe("pages as sites lay them out", () => {
  const report2021 = (): Report => {
    const report = zeroReport("2021", 2023, "某市某局");
    Object.assign(report.tables.applications, { "newReceived.natural": 5, "newReceived.total": 5 });
    Object.assign(report.tables.applications, { "disclosed.natural": 4, "disclosed.total": 4 });
    Object.assign(report.tables.applications, { "resultTotal.natural": 4, "resultTotal.total": 4 });
    Object.assign(report.tables.applications, { "carriedOut.natural": 1, "carriedOut.total": 1 });
    Object.assign(report.tables.disclosure, { "rules.issued": 2, "fees.amount": 1.25 });
    report.text = {
      overview: "本年度收到申请5件。",
      problems: "2024年，我们将继续改进。",
      other: "本年度未收取信息处理费。",
    };
    return report;
  };

  it.each([
    ["a 2021 report in the 2021 tables (（六）其他处理 with its three items)", (html: string) => html],
    [
      "a page laid out in a table around the article",
      (html: string) => html.replace(/<div class="article">([\s\S]*)<\/div>/, "<table><tr><td>$1</td></tr></table>"),
    ],
    [
      "table cells written with <th> and non-breaking spaces",
      (html: string) => html.replace(/<td/g, "<th").replace(/<\/td>/g, "&nbsp;</th>"),
    ],
  ])("%s reads every figure", (_name, rewrite) => {
    const report = report2021();
    const result = readReportHtml(rewrite(reportPage(report)));
    expect(result.problems).toEqual([]);
    expect(result.report?.tables).toEqual(report.tables);
    expect(result.report?.text).toEqual(report.text);
  });

  it("a blank figure cell keeps the figures after it in their columns and is reported as blank", () => {
    const report = report2021();
    delete report.tables.applications["newReceived.commercial"];
    const result = readReportHtml(reportPage(report));
    expect(result.problems).toEqual([]);
    expect(result.report?.tables.applications["newReceived.total"]).toBe(5);
    expect(result.report?.tables.applications["newReceived.commercial"]).toBeUndefined();
    expect(result.findings).toEqual([]);
    const blanks = checkReport(result.report!, { readFindings: result.findings }).filter(
      (f) => f.code === "cell.blank",
    );
    expect(blanks.flatMap((f) => f.cells)).toEqual([{ table: "applications", key: "newReceived.commercial" }]);
  });

  it.each([
    ["GB2312 declared in <meta charset>", '<meta charset="gb2312">'],
    ["GBK declared in http-equiv", '<meta http-equiv="Content-Type" content="text/html; charset=GBK">'],
  ])("a page saved in %s is decoded", (_name, meta) => {
    // 中文 in GB2312 bytes, after an ASCII head that declares the encoding.
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(`<html><head>${meta}</head><body>`),
      0xd6,
      0xd0,
      0xce,
      0xc4,
    ]);
    expect(decodeHtml(bytes)).toContain("中文");
  });
});

describe("nianbao check on saved pages", () => {
  it("checks a .html page like the copied text: no error, exit 0", async () => {
    const { code, stdout } = await runCliCaptured(["check", writePage("report.html", page)]);
    expect(code).toBe(0);
    expect(stdout).toContain("错误 0 处");
  });

  it("finds a broken 勾稽关系 in a .htm page, names the cell, and exits 1", async () => {
    const broken = structuredClone(published);
    broken.tables.applications["carriedOut.commercial"] = 3;
    const { code, stdout } = await runCliCaptured(["check", writePage("broken.htm", reportPage(broken)), "--json"]);
    expect(code).toBe(1);
    const [result] = JSON.parse(stdout) as { findings: { ruleId: string; cells: { key: string }[] }[] }[];
    const balance = result?.findings.find((f) => f.ruleId === "applications.balance");
    expect(balance?.cells).toContainEqual({ table: "applications", key: "carriedOut.commercial" });
  });

  it("says why a page without the report's tables cannot be read, and exits 2", async () => {
    const path = writePage("not-a-report.html", "<html><body><h1>2019年工作总结</h1><p>一、总体情况</p></body></html>");
    const { code, stdout } = await runCliCaptured(["check", path]);
    expect(code).toBe(2);
    expect(stdout).toContain("无法读取");
  });
});
