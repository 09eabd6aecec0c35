import { describeFinding } from "../messages.zh-CN";
import { formats } from "../tables/formats";
import { layoutText, readLayout } from "./__fixtures__/read-layout";
import { readReportText } from "./read-report-text";

// Reports copied from traditional-character mirror sites (政府資訊公開…, issue 18) are folded to simplified characters
// before anything is matched, and say so.

it("reads a report in traditional characters with Taiwan phrasing as the same report in simplified ones", () => {
  const text = layoutText("traditional.txt");
  expect(text).toContain("政府資訊公開工作年度報告");
  const result = readLayout("traditional.txt");
  expect(result.problems).toEqual([]);
  expect(result.unread).toEqual([]);
  expect(result.report).toMatchObject({ format: "2021", year: 2023, body: "某县某局" });
  expect(result.report?.tables).toEqual(readLayout("row-per-line.txt").report?.tables);
  expect(result.report?.text.overview).toBe("2023年，我局依法做好政府信息公开工作。");
  const [said] = result.findings;
  expect(said).toMatchObject({ severity: "info", code: "read.traditional" });
  expect(describeFinding(formats["2021"], said!)).toBe("报告为繁体字，已转换为简体字后读取");
});

it("reads the tables of a traditional copy without its title, given the year and format", () => {
  const text = layoutText("traditional.txt").split("\n").slice(3).join("\n");
  expect(readReportText(text).problems).toContainEqual({ code: "year.unknown" });
  const result = readReportText(text, { year: 2023, format: "2021" });
  expect(result.problems).toEqual([]);
  expect(result.report?.tables.applications["newReceived.total"]).toBe(70);
});

it("leaves a simplified report that quotes a traditional name or two as it is", () => {
  const text = layoutText("row-per-line.txt").replace("依法做好", "依法做好（參見《政府資訊公開》）");
  const result = readReportText(text);
  expect(result.findings.filter((f) => f.code === "read.traditional")).toEqual([]);
  expect(result.report?.text.overview).toContain("《政府資訊公開》");
});
