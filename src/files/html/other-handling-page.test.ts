import { checkReport, knownSums, notCheckedRules } from "../../domain";
import { layoutText } from "../../domain/text-reader/__fixtures__/read-layout";
import { readReportHtml } from "./read-report-html";

// The 2021 report whose （六）其他处理 is one row (issue 18, point 8) saved as a page, its tables as <table>s: read as
// the text copy is, by the shared table reader (every row of figures a <tr> of cells).

/** The text fixture as a page: a line of a label and its figures becomes a table row, any other line a paragraph. */
function pageOf(text: string): string {
  const body = text
    .split("\n")
    .map((line) => {
      const words = line.split(" ");
      const row = words.length > 1 && words.slice(1).every((word) => /^[0-9]+$/u.test(word));
      return row ? `<table><tr>${words.map((word) => `<td>${word}</td>`).join("")}</tr></table>` : `<p>${line}</p>`;
    })
    .join("\n");
  return `<!doctype html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`;
}

it("reads （六）其他处理 given as one row as the sum of its items, and finds the error only the sum shows", () => {
  const text = layoutText("other-handling-one-row.txt");
  const read = readReportHtml(pageOf(text));
  expect(read.findings.find((f) => f.code === "read.subRowsSummed")?.sums?.map((s) => s.value)).toEqual([
    3, 0, 0, 0, 0, 1, 4,
  ]);
  const sums = knownSums(read.findings);
  expect(notCheckedRules(read.report!, read.unread!, { sums }).map((n) => n.reason)).toEqual([
    "subRowsSummed",
    "subRowsSummed",
    "subRowsSummed",
  ]);
  const planted = readReportHtml(pageOf(text.replace("（六）其他处理 3 0 0 0 0 1 4", "（六）其他处理 5 0 0 0 0 1 4")));
  const errors = checkReport(planted.report!, { readFindings: planted.findings, unread: planted.unread }).filter(
    (f) => f.severity === "error",
  );
  expect(errors.map((f) => f.cells[0]?.key)).toEqual(["resultTotal.natural", "otherHandling.noCorrection.total"]);
});
