import { readFixture } from "../../../test/helpers/fixture";
import type { Report } from "../model";
import { reportWith } from "./__fixtures__/reports";
import { checkOpeningYear, checkPlanYears } from "./check-year";

/** Section 五 of the published report: the text between its heading and the heading of 六. */
function fixtureProblems(): string {
  const text = readFixture();
  const heading = "五、存在的主要问题及改进情况";
  return text.slice(text.indexOf(heading) + heading.length, text.indexOf("六、其他需要报告的事项"));
}

const report2019 = (problems: string): Report => ({ ...reportWith("2019", 2019, ""), text: { problems } });

describe("checkPlanYears", () => {
  it("finds the one plan for 2019 in section 五 of the published 2019 report", () => {
    expect(checkPlanYears(report2019(fixtureProblems()))).toEqual([
      {
        ruleId: "narrative.year",
        severity: "warning",
        code: "narrative.yearPlan",
        cells: [],
        expected: 2020,
        actual: 2019,
        section: "problems",
        quote: "2019年，我们将从如下两个方面着手",
      },
    ]);
  });

  it.each([
    ["2019年，我局将进一步加大公开力度。", "2019年，我局将进一步加大公开力度"],
    ["2019年我们要继续规范工作流程。", "2019年我们要继续规范工作流程"],
    ["2019年度，本机关计划开展业务培训。", "2019年度，本机关计划开展业务培训"],
    ["２０１９年，我们将从三个方面着手。", "2019年，我们将从三个方面着手"],
    ["下一步，我们将在2022年底前完成目录更新。", "2022年底前完成目录更新"],
  ])("warns about “%s”", (problems, quote) => {
    expect(checkPlanYears(report2019(problems)).map((f) => f.quote)).toEqual([quote]);
  });

  it.each([
    ["2020年，我们将从如下两个方面着手。"],
    ["2019年在政府信息公开工作方面主要存在以下问题：一是内容有待进一步完善。"],
    ["2019年，我局将责任明确到人，形成了层层抓落实的局面。"],
    ["2019年信息更新需要进一步加快。"],
    ["2019年，我局要求各科室及时报送信息。"],
    ["2018年以来公开目录未及时更新。"],
    ["《条例》自2008年施行，2019年修订。"],
    ["到2022年，信息公开工作平台已运行三年。"],
  ])("does not warn about “%s”", (problems) => {
    expect(checkPlanYears(report2019(problems))).toEqual([]);
  });

  it("reads only section 五", () => {
    const report = { ...reportWith("2019", 2019, ""), text: { overview: "2019年，我们将从两个方面着手。" } };
    expect(checkPlanYears(report)).toEqual([]);
  });

  it("knows the report year of a 2023 report", () => {
    const report = {
      ...reportWith("2021", 2023, ""),
      text: { problems: "2023年，我们将进一步完善目录。2024年，我们将加强培训。" },
    };
    expect(checkPlanYears(report).map(({ expected, actual }) => ({ expected, actual }))).toEqual([
      { expected: 2024, actual: 2023 },
    ]);
  });
});

describe("checkOpeningYear", () => {
  const report2024 = (overview: string): Report => ({
    ...reportWith("2021", 2024, "某县交通运输局"),
    text: { overview },
  });

  it("finds a 2025 draft's opening in a 2024 report, quoting the clause the year heads", () => {
    expect(checkOpeningYear(report2024("2025年，某县交通运输局认真贯彻落实《条例》。"))).toEqual([
      {
        ruleId: "narrative.year",
        severity: "warning",
        code: "narrative.yearOpening",
        cells: [],
        expected: 2024,
        actual: 2025,
        section: "overview",
        quote: "2025年，某县交通运输局认真贯彻落实《条例》",
      },
    ]);
    expect(checkOpeningYear(report2024("  本局２０２３年度共收到申请5件。"))).toMatchObject([{ actual: 2023 }]);
    // A 2021-format draft opens with its first sub-heading.
    expect(checkOpeningYear(report2024("（一）主动公开\n2025年，某县交通运输局严格落实《条例》。"))).toMatchObject([
      { actual: 2025, quote: "2025年，某县交通运输局严格落实《条例》" },
    ]);
  });

  it("leaves the report year, and a year named later in the section, alone", () => {
    expect(checkOpeningYear(report2024("2024年，某县交通运输局…"))).toEqual([]);
    expect(checkOpeningYear(report2024("本局认真贯彻落实2019年修订的《条例》，2023年结转申请2件。"))).toEqual([]);
    expect(checkOpeningYear(report2024(""))).toEqual([]);
  });
});
