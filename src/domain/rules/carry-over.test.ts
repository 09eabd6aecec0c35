import { zeroReport, emptyReport } from "../report";
import { prefillFromPrevious } from "./carry-over";
import { validateReport } from "./validate";

describe("prefillFromPrevious", () => {
  it("carries 结转下年度 into 上年结转 and 现行有效件数 forward (2021 after 2021)", () => {
    const previous = zeroReport("2021", 2024, "某局");
    Object.assign(previous.tables.applications, {
      "carriedOut.natural": 2,
      "carriedOut.legal": 1,
      "carriedOut.total": 3,
    });
    Object.assign(previous.tables.disclosure, { "rules.inForce": 4, "normativeDocs.inForce": 31 });
    const { report, filled } = prefillFromPrevious(emptyReport("2021", 2025, "某局"), previous);
    expect(report.tables.applications).toMatchObject({
      "carriedIn.natural": 2,
      "carriedIn.legal": 1,
      "carriedIn.total": 3,
    });
    expect(report.tables.disclosure).toEqual({ "rules.inForce": 4, "normativeDocs.inForce": 31 });
    expect(filled.map((f) => f.ruleId)).toEqual([
      ...Array<string>(2).fill("carryOver.inForce"),
      ...Array<string>(7).fill("carryOver.applications"),
    ]);
    expect(validateReport(report, { previous }).filter((f) => f.ruleId.startsWith("carryOver"))).toEqual([]);
  });

  it("starts 上一年项目数量 from last year's count plus its 本年增/减 (2019 after 2019)", () => {
    const previous = zeroReport("2019", 2019, "某局");
    Object.assign(previous.tables.disclosure, { "penalty.lastYearItems": 12, "penalty.change": -2 });
    const { report } = prefillFromPrevious(emptyReport("2019", 2020, "某局"), previous);
    expect(report.tables.disclosure["penalty.lastYearItems"]).toBe(10);
  });

  it("never overwrites a figure already written", () => {
    const previous = zeroReport("2021", 2024, "某局");
    previous.tables.applications["carriedOut.total"] = 5;
    const report = emptyReport("2021", 2025, "某局");
    report.tables.applications["carriedIn.total"] = 4;
    const { report: filled } = prefillFromPrevious(report, previous);
    expect(filled.tables.applications["carriedIn.total"]).toBe(4);
    expect(filled.tables.applications["carriedIn.natural"]).toBe(0);
  });

  it("fills only what last year's format can tell across the format change (2021 after 2020)", () => {
    const previous = zeroReport("2019", 2020, "某局");
    previous.tables.applications["carriedOut.total"] = 5;
    const { report, filled } = prefillFromPrevious(emptyReport("2021", 2021, "某局"), previous);
    expect(filled.every((f) => f.ruleId === "carryOver.applications")).toBe(true);
    expect(report.tables.applications["carriedIn.total"]).toBe(5);
    expect(report.tables.disclosure).toEqual({});
  });
});
