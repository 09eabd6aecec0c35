import { formats } from "../tables/formats";
import { formatFitsYear, readTitle, yearInProse } from "./detect";
import { labelSet, markLabels } from "./label-match";
import { labelKey, tokenize } from "./tokens";

describe("the year section 一 is about", () => {
  it.each([
    ["2019年，我局严格按照…", 2019],
    ["２０２０年，我局…", 2020],
    ["2020年，我局落实2008年施行、2019年修订的《条例》，2020年共公开信息…", 2020],
    ["2019年修订的《条例》于2020年施行", 2020],
    ["我局认真做好政府信息公开工作。", undefined],
    ["公开信息12019年条", undefined],
  ])("in “%s” is %s", (prose, year) => {
    expect(yearInProse(prose)).toBe(year);
  });
});

describe("the title line", () => {
  it.each([
    [["来源：区政府办", "某市某局2025年政府信息公开工作年度报告"], { body: "某市某局", year: 2025 }],
    [["  某市某局 2021 年度政府信息公开工作年度报告"], { body: "某市某局", year: 2021 }],
    [["2020年度威海市某局政府信息公开工作年度报告"], { body: "威海市某局", year: 2020 }],
    [["政府信息公开工作年度报告"], { body: "" }],
    [["某局政府信息公开工作年度报告"], { body: "某局" }],
    [[], { body: "" }],
  ])("%j names %j", (head, expected) => {
    expect(readTitle(head)).toEqual(expected);
  });
});

describe("which years a format serves", () => {
  it.each([
    ["2019", 2018, false],
    ["2019", 2020, true],
    ["2019", 2021, false],
    ["2021", 2021, true],
    ["2021", 2030, true],
  ] as const)("format %s, year %i: %s", (format, year, fits) => {
    expect(formatFitsYear(formats[format], year)).toBe(fits);
  });
});

describe("labels in copied text", () => {
  const labels = labelSet(["本年新制作数量", "（三）不予公开", "商业企业", "其他", "（七）总计", "总计"]);
  const keysIn = (text: string): string[] =>
    markLabels(tokenize([text]), labels).flatMap((item) =>
      item.kind === "label" ? [`[${item.key}]`] : item.kind === "raw" ? [item.text] : [],
    );

  it.each([
    ["\t本年新\n制作数量\n\t0", ["[本年新制作数量]", "0"]],
    ["\t（三）不予\n\n公开\n", ["[(三)不予公开]"]],
    ["\t商业\n企业\t其他\t总计", ["[商业企业]", "[其他]", "[总计]"]],
    ["（七）\n总计 1 2", ["[(七)总计]", "1", "2"]],
    ["850 万元 | 999 件", ["850万元", "999件"]],
  ])("%j reads as %j", (text, expected) => {
    expect(keysIn(text)).toEqual(expected);
  });

  it("reads “，” and “、” alike", () => {
    expect(labelKey("1.申请人无正当理由逾期不补正，行政机关")).toBe(labelKey("1.申请人无正当理由逾期不补正、行政机关"));
  });
});
