import { checkReport } from "../check-report";
import { withApplications, writtenReport } from "./__fixtures__/review-reports";
import { reviewBatch } from "./batch";
import { compareHierarchy } from "./hierarchy";

const read = (body: string, received: number) => {
  const report = withApplications(writtenReport(body, 2024), received);
  return { file: `${body}.json`, report, findings: checkReport(report), partial: false };
};

const links = ["甲镇", "乙镇", "丙镇"].map((child) => ({ parent: "某县人民政府", child }));

describe("compareHierarchy", () => {
  it("warns, cell by cell, where the parent differs from its children's sum, naming those included and missing", () => {
    const batch = reviewBatch([read("某县政府", 10), read("甲镇", 3), read("乙镇", 4)]);
    const [result] = compareHierarchy(batch.entries, links);
    expect(result?.included.map((e) => e.body)).toEqual(["甲镇", "乙镇"]);
    expect(result?.missing).toEqual(["丙镇"]);
    expect(result?.differences.map((d) => [d.cell.key, d.parent, d.children])).toEqual([
      ["newReceived.natural", 10, 7],
      ["newReceived.total", 10, 7],
      ["disclosed.natural", 10, 7],
      ["disclosed.total", 10, 7],
      ["resultTotal.natural", 10, 7],
      ["resultTotal.total", 10, 7],
    ]);
    const warnings = batch.entries[0]!.findings.filter((f) => f.finding.code === "review.hierarchySum");
    expect(warnings).toHaveLength(6);
    expect(warnings[0]?.finding).toMatchObject({ severity: "warning", others: ["甲镇", "乙镇"], missing: ["丙镇"] });
  });

  it("finds nothing where the parent is the sum, and never an error", () => {
    const batch = reviewBatch([read("某县政府", 9), read("甲镇", 2), read("乙镇", 3), read("丙镇", 4)]);
    const [result] = compareHierarchy(batch.entries, links);
    expect(result?.differences).toEqual([]);
    expect(batch.entries.flatMap((e) => e.findings).filter((f) => f.finding.severity === "error")).toEqual([]);
  });

  it("compares only children of the parent's year", () => {
    const other = withApplications(writtenReport("甲镇", 2023), 10);
    const batch = reviewBatch([
      read("某县政府", 0),
      { file: "甲镇2023.json", report: other, findings: [], partial: false },
    ]);
    const [result] = compareHierarchy(batch.entries, links);
    expect(result?.included).toEqual([]);
    expect(result?.missing).toEqual(["甲镇", "乙镇", "丙镇"]);
  });
});
