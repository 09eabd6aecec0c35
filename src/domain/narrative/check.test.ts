import { readFixture } from "../../../test/helpers/fixture";
import { describeFinding } from "../messages.zh-CN";
import type { Report, SectionKey } from "../model";
import { formats } from "../tables/formats";
import { figures2021, reportWith } from "./__fixtures__/reports";
import { checkNarrative, checkRequired } from "./check";

const complete = { overview: "总体情况。", problems: "存在问题。", other: "本年度未收取信息处理费。" };

const withText = (report: Report, text: Report["text"]): Report => ({ ...report, text });

describe("checkRequired", () => {
  it.each(["overview", "problems", "other"] as const)("warns when section %s is missing or empty", (key) => {
    for (const value of [undefined, "", "　 \n"]) {
      const text: Partial<Record<SectionKey, string>> = { ...complete };
      if (value === undefined) delete text[key];
      else text[key] = value;
      const codes = checkRequired(withText(reportWith("2019", 2019, ""), text)).map((f) => [f.code, f.section]);
      expect(codes).toEqual([["narrative.headingMissing", key]]);
    }
  });

  it.each([
    ["2021", "无其他需要报告的事项。", ["narrative.feeMissing"]],
    ["2021", "本年度未收取信息处理费。", []],
    ["2021", "本年度共收取信息处理费0.02万元。", []],
    ["2019", "无其他需要报告的事项。", []],
  ] as const)("in a %s report, section 六 “%s” gives %j", (format, other, codes) => {
    const report = withText(reportWith(format, format === "2021" ? 2023 : 2019, ""), { ...complete, other });
    expect(checkRequired(report).map((f) => f.code)).toEqual(codes);
  });

  it("asks a 2021 report without section 六 for both the section and the fee", () => {
    const report = withText(reportWith("2021", 2023, ""), { overview: "总体情况。", problems: "存在问题。" });
    expect(checkRequired(report).map((f) => [f.code, f.section, f.severity])).toEqual([
      ["narrative.headingMissing", "other", "warning"],
      ["narrative.feeMissing", "other", "warning"],
    ]);
  });
});

describe("checkNarrative", () => {
  it("gathers every prose finding of a report, each with a Chinese message naming its section", () => {
    const report = withText(figures2021(), {
      overview: "本年度收到政府信息公开申请20件。",
      problems: "2023年，我们将进一步完善公开目录。",
    });
    const format = formats["2021"];
    expect(checkNarrative(report).map((f) => describeFinding(format, f))).toEqual([
      "缺少“六、其他需要报告的事项”部分",
      "六、其他需要报告的事项：未说明信息处理费收取情况（如“本年度未收取信息处理费。”）",
      "一、总体情况：“收到政府信息公开申请20件”与表格不符，表格中为 12 件",
      "五、存在的主要问题及改进情况：“2023年，我们将进一步完善公开目录”——改进计划应写下一年（2024年）",
    ]);
  });

  it("finds only the plan for 2019 in the prose of the published 2019 report, whose tables are all 0", () => {
    const text = readFixture();
    const between = (from: string, to?: string): string =>
      text.slice(text.indexOf(from) + from.length, to === undefined ? undefined : text.indexOf(to));
    const report = withText(reportWith("2019", 2019, ""), {
      overview: between("一、总体情况", "二、主动公开政府信息情况"),
      problems: between("五、存在的主要问题及改进情况", "六、其他需要报告的事项"),
      other: between("六、其他需要报告的事项"),
    });
    expect(checkNarrative(report).map((f) => [f.code, f.expected])).toEqual([["narrative.yearPlan", 2020]]);
  });
});
