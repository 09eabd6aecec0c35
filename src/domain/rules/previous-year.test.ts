import { previousBodyProblem, previousReportProblem } from "./previous-year";

describe("previousReportProblem", () => {
  it("accepts the report of the year before", () => {
    expect(previousReportProblem({ year: 2025 }, { year: 2024 })).toBeUndefined();
  });

  it.each([
    [2025, 2025, "sameYear", "与本报告是同一年度"],
    [2024, 2025, "laterYear", "晚于本报告的年度"],
    [2025, 2022, "earlierYear", "不是上一年度（2024 年）"],
  ] as const)("refuses a %i report with a %i one as last year's", (year, previousYear, reason, says) => {
    const problem = previousReportProblem({ year }, { year: previousYear });
    expect(problem).toMatchObject({ reason, expected: year - 1, actual: previousYear });
    expect(problem?.message).toContain(says);
    expect(problem?.message).toContain(`请改用 ${year - 1} 年度报告`);
  });
});

describe("previousBodyProblem", () => {
  it("names both bodies when last year's report is another body's", () => {
    const problem = previousBodyProblem({ body: "某县交通运输局" }, { body: "某区卫生健康委员会" });
    expect(problem).toMatchObject({ body: "某县交通运输局", previousBody: "某区卫生健康委员会" });
    expect(problem?.message).toContain("所选上年报告是“某区卫生健康委员会”的报告，本报告的机关是“某县交通运输局”");
  });

  it("takes one body's names as written by different hands, and says nothing when a report names none", () => {
    expect(previousBodyProblem({ body: "某县人民政府（办公室）" }, { body: "某县 政府(办公室)" })).toBeUndefined();
    expect(previousBodyProblem({ body: "某县交通运输局" }, { body: "" })).toBeUndefined();
  });
});
