import { checkReport } from "../check-report";
import { describeFinding } from "../messages.zh-CN";
import { emptyReport, zeroReport } from "../report";
import { formats } from "../tables/formats";

const noFigures = (findings: ReturnType<typeof checkReport>) => findings.filter((f) => f.code === "report.noFigures");

describe("a report with no figure at all", () => {
  it.each(["2019", "2021"] as const)("is an error in format %s, said in one sentence", (format) => {
    const [finding] = noFigures(checkReport(emptyReport(format, 2025, "某县交通运输局")));
    expect(finding).toMatchObject({ severity: "error", code: "report.noFigures" });
    expect(describeFinding(formats[format], finding!)).toMatch(/^报告没有填写任何数字/);
  });

  it("is still an error when the totals a blank template computes read as 0", () => {
    const report = emptyReport("2021", 2025, "某县交通运输局");
    Object.assign(report.tables.applications, { "newReceived.total": 0, "resultTotal.total": 0 });
    Object.assign(report.tables.appeals, { "review.total": 0 });
    expect(noFigures(checkReport(report))).toHaveLength(1);
  });

  it("is not said once one figure is entered, 0 included, or a total is not 0", () => {
    const one = emptyReport("2021", 2025, "某局");
    one.tables.disclosure["penalty.decisions"] = 0;
    expect(noFigures(checkReport(one))).toEqual([]);
    const total = emptyReport("2021", 2025, "某局");
    total.tables.applications["newReceived.total"] = 4;
    expect(noFigures(checkReport(total))).toEqual([]);
    expect(noFigures(checkReport(zeroReport("2019", 2020, "某局")))).toEqual([]);
  });
});
