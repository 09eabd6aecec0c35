import fc from "fast-check";
import { readFixture } from "../../../test/helpers/fixture";
import { consistentReport } from "../__fixtures__/consistent-report";
import { writeReportText } from "./__fixtures__/report-text";
import { brokenCuts, fromTable2 } from "./__fixtures__/cut-report";
import { readReportText } from "./read-report-text";
import { layoutText } from "./__fixtures__/read-layout";

// A report saved half-way or copied in parts: cut after any line from table 二 on, it gives back exactly the cells
// whose row is complete before the cut, each with the full report's value, and never a value that is not there.

describe("a report cut after any line from table 二 on", () => {
  it("the published 2019 fixture gives back exactly the rows before the cut, at every cut", () => {
    const text = readFixture();
    expect(readReportText(text).unread).toEqual([]);
    expect(brokenCuts(text, fromTable2(text))).toEqual([]);
  });

  // The layouts of issue 18, each in a report of our own.
  it.each([
    "row-per-line.txt",
    "pdf-enumerations-footers.txt",
    "run-together.txt",
    "tables-numbered-from-one.txt",
    "no-item-headings.txt",
    "traditional.txt",
    "other-handling-one-row.txt",
    "appeals-run-together.txt",
  ])("%s, at every cut", (name) => {
    const text = layoutText(name);
    expect(brokenCuts(text, fromTable2(text))).toEqual([]);
  });

  it("a report saved as one line, cut after any word", () => {
    const text = layoutText("one-line.txt");
    expect(brokenCuts(text, fromTable2(text, " "), " ")).toEqual([]);
  });

  it("a complete 2021-format report of our own, any figures, any cut", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(40), { minLength: 1, maxLength: 50 }), fc.double({ min: 0, max: 1 }), (draws, at) => {
        let n = 0;
        const report = consistentReport("2021", 2025, () => draws[n++ % draws.length] ?? 0);
        const text = writeReportText(report, "某市某局2025年政府信息公开工作年度报告");
        expect(readReportText(text).report?.tables).toEqual(report.tables);
        const cuts = fromTable2(text);
        const cut = cuts[Math.floor(at * (cuts.length - 1))] ?? cuts.length;
        expect(brokenCuts(text, [cut])).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
