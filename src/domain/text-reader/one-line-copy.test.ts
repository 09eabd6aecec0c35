import { layoutText, readLayout } from "./__fixtures__/read-layout";
import { readReportText } from "./read-report-text";

// A report saved by a crawler as one line (issue 18): banner, title, headings, prose and every table on a single
// line, words separated by spaces. Headings are found wherever they stand, so it reads as the same report on lines.

it("reads a report saved as one line as the same report written on lines", () => {
  const result = readLayout("one-line.txt");
  const lines = readLayout("row-per-line.txt");
  expect(layoutText("one-line.txt").trim().split("\n")).toHaveLength(1);
  expect(result.problems).toEqual([]);
  expect(result.unread).toEqual([]);
  expect(result.report).toMatchObject({ format: "2021", year: 2023, body: "某县某局" });
  expect(result.report?.tables).toEqual(lines.report?.tables);
  expect(result.report?.text).toEqual(lines.report?.text);
});

it("does not cut a paragraph that quotes a heading or two", () => {
  const prose = `${"我局按照要求做好公开工作。".repeat(40)}详见二、主动公开政府信息情况和三、收到和处理政府信息公开申请情况。`;
  const text = layoutText("row-per-line.txt").replace("2023年，我局依法做好政府信息公开工作。", prose);
  const result = readReportText(text);
  expect(result.report?.text.overview).toBe(prose);
  expect(result.unread).toEqual([]);
});
