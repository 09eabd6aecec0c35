import { zeroReport } from "../report";
import { formatRate, rateOf, ratesOf } from "./rates";

describe("the rates of a report", () => {
  it("computes 实质公开率, 复议纠错率 and 争议转化率 as worked out by hand", () => {
    const report = zeroReport("2021", 2024, "某局");
    Object.assign(report.tables.applications, {
      "disclosed.total": 5,
      "partlyDisclosed.total": 3,
      "resultTotal.total": 12,
      "newReceived.total": 20,
    });
    Object.assign(report.tables.appeals, {
      "review.corrected": 1,
      "review.total": 4,
      "suitDirect.total": 2,
      "suitAfterReview.total": 1,
    });
    // (5 + 3) / 12 = 66.7%; 1 / 4 = 25%; (4 + 2 + 1) / 20 = 35%
    expect(ratesOf(report)).toEqual({
      substantiveDisclosure: 8 / 12,
      reviewCorrection: 0.25,
      disputeConversion: 0.35,
    });
    expect(formatRate(rateOf(report, "substantiveDisclosure"))).toBe("66.7%");
    expect(formatRate(rateOf(report, "reviewCorrection"))).toBe("25.0%");
    expect(formatRate(rateOf(report, "disputeConversion"))).toBe("35.0%");
  });

  it("gives “—” for a zero denominator, never NaN", () => {
    const report = zeroReport("2021", 2024, "某局");
    expect(ratesOf(report)).toEqual({
      substantiveDisclosure: undefined,
      reviewCorrection: undefined,
      disputeConversion: undefined,
    });
    expect(formatRate(rateOf(report, "reviewCorrection"))).toBe("—");
  });

  it("gives “—” when a cell of the rate is blank", () => {
    const report = zeroReport("2021", 2024, "某局");
    Object.assign(report.tables.applications, {
      "resultTotal.total": 10,
      "disclosed.total": 4,
      "newReceived.total": 10,
    });
    delete report.tables.applications["partlyDisclosed.total"];
    delete report.tables.appeals["suitDirect.total"];
    expect(rateOf(report, "substantiveDisclosure")).toBeUndefined();
    expect(rateOf(report, "disputeConversion")).toBeUndefined();
    expect(formatRate(Number.NaN)).toBe("—");
  });
});
