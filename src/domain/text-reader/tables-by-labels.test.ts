import { readFixture } from "../../../test/helpers/fixture";
import { expectCells, layoutText, readLayout } from "./__fixtures__/read-layout";
import { readReportText } from "./read-report-text";

// Tables found by their headings' words and their labels, whatever a report numbers them (issue 18).

it("a 2019 report numbering its tables 一、二、三 (and its prose sections 四、五) reads whole", () => {
  const result = readLayout("tables-numbered-from-one.txt");
  expect(result.problems).toEqual([]);
  expect(result.unread).toEqual([]);
  expect(result.report).toMatchObject({ format: "2019", year: 2019, body: "某区某局" });
  expectCells(result, "disclosure", { "licensing.change": -1, "procurement.amount": 12.5 });
  expect(result.report?.tables.appeals["review.total"]).toBe(3);
  expect(result.report?.text.problems).toBe("部分信息公开不够及时。");
  expect(result.findings.map((f) => [f.code, f.quote, f.detail])).toContainEqual([
    "read.labelVariant",
    "一、主动公开政府信息情况",
    "二、主动公开政府信息情况",
  ]);
});

it("a copy without the 第二十条 item headings and their 信息内容 rows reads whole, by the rows' own labels", () => {
  const result = readLayout("no-item-headings.txt");
  expect(layoutText("no-item-headings.txt")).not.toContain("第二十条");
  expect(result.problems).toEqual([]);
  expect(result.report?.tables).toEqual(readLayout("row-per-line.txt").report?.tables);
});

it("a sub-heading of section 一 with a table's words does not take the table's place", () => {
  const text = readFixture().replace("一、总体情况\n", "一、总体情况\n（二）主动公开政府信息情况\n");
  const result = readReportText(text);
  expect(result.report?.tables).toEqual(readReportText(readFixture()).report?.tables);
  expect(result.report?.text.overview).toContain("（二）主动公开政府信息情况");
  expect(result.findings.filter((f) => f.code === "read.labelVariant")).toEqual([]);
});
