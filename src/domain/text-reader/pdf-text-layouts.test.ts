import { checkReport } from "../check-report";
import { expectCells, expectRow, readLayout } from "./__fixtures__/read-layout";

// Text as PDFs and Word documents print a report (issue 18): one row per line, enumerations “1、”, headings with a
// space, and a page's footer in the middle of a table. Each reads to the same figures as the plain copy
// (row-per-line.txt), with nothing left unread and nothing to say.

const plain = readLayout("row-per-line.txt");

it("the plain row-per-line copy is read whole and passes the figure checks", () => {
  expect(plain.problems).toEqual([]);
  expect(plain.unread).toEqual([]);
  const errors = checkReport(plain.report!).filter((f) => f.severity === "error");
  expect(errors).toEqual([]);
});

it("“1、” enumerations, “第二十条 第（一）项” and footers (“-4-”, “— 5 —”, “第 2 页”) between rows", () => {
  const result = readLayout("pdf-enumerations-footers.txt");
  expect(result.problems).toEqual([]);
  expect(result.findings).toEqual([]);
  expect(result.report?.tables).toEqual(plain.report?.tables);
  expectRow(result, "unavailable.needsCreation", [3, 0, 0, 0, 0, 0, 3]);
  expectCells(result, "disclosure", { "enforcement.decisions": 2, "fees.amount": 0 });
});
