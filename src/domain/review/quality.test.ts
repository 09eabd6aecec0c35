import { checkOpeningYear } from "../narrative/check-year";
import type { Report } from "../model";
import { writtenReport } from "./__fixtures__/review-reports";
import { checkQuality } from "./quality";
import { repeatedShare } from "./repeated-text";
import { zeroReport } from "../report";
import { checkReport } from "../check-report";
import { describeFinding } from "../messages.zh-CN";
import { formats } from "../tables/formats";

const codes = (report: Report, previous?: Report) => checkQuality(report, previous).map((f) => f.code);

describe("quality checks", () => {
  it("find nothing in a report written for its own year, against last year's", () => {
    expect(checkQuality(writtenReport("某区教育局", 2024), writtenReport("某区教育局", 2023))).toEqual([]);
  });

  describe("quality.repeatedText", () => {
    it("warns of a section copied from last year's report with the years changed", () => {
      const previous = writtenReport("某区教育局", 2023);
      const report = writtenReport("某区教育局", 2024);
      report.text.overview = previous.text.overview!.replaceAll("2023", "2024");
      const [finding] = checkQuality(report, previous);
      expect(finding).toMatchObject({ ruleId: "quality.repeatedText", section: "overview", expected: 50 });
      expect(finding?.actual).toBeGreaterThan(90);
    });

    it("counts the share of this year's characters in repeated sentences", () => {
      const kept = "本单位严格落实政府信息公开条例的各项规定";
      const fresh = "今年新建了依申请公开的办理台账并逐件登记";
      expect(repeatedShare(`${kept}。${fresh}。`, `${kept}。另一句完全不同的话在这里出现。`)).toBe(0.5);
      expect(repeatedShare(`${kept}。`, `${fresh}。`)).toBe(0);
    });

    it("is not checked without last year's report, nor for a short section", () => {
      const report = writtenReport("某区教育局", 2024);
      const previous = writtenReport("某区教育局", 2023);
      report.text.other = previous.text.other = "无其他需要报告的事项。";
      expect(codes(report)).toEqual([]);
      expect(codes(report, previous)).toEqual([]);
    });
  });

  describe("quality.previousYear", () => {
    it("warns of last year named as the time of this year's work, in any section", () => {
      const report = writtenReport("某区教育局", 2023);
      report.text.overview += "\n本单位2022年度共主动公开政府信息120条。";
      report.text.other = "2022年，我局共收到申请3件。本年度未收取信息处理费。";
      const found = checkQuality(report).filter((f) => f.code === "quality.previousYear");
      expect(found.map((f) => [f.section, f.quote, f.actual])).toEqual([
        ["overview", "本单位2022年度共主动公开政府信息120条", 2022],
        ["other", "2022年，我局共收到申请3件", 2022],
      ]);
    });

    it("leaves comparisons with last year alone", () => {
      const report = writtenReport("某区教育局", 2023);
      report.text.overview += "\n与2022年相比，申请数量有所增加。较2022年增长10%。2023年收到的申请多于2022年收到的。";
      expect(codes(report)).toEqual([]);
    });
  });

  describe("quality.problemsContent", () => {
    it("warns of a section 五 that says “无” or only a line", () => {
      for (const text of ["无", "无。", "暂无", "存在问题，明年改进。"]) {
        const report = writtenReport("某区教育局", 2023);
        report.text.problems = text;
        expect(codes(report)).toEqual(["quality.problemsThin"]);
      }
    });

    it("leaves an empty section 五 to narrative.required", () => {
      const report = writtenReport("某区教育局", 2023);
      report.text.problems = "";
      expect(codes(report)).toEqual([]);
    });
  });

  describe("quality.headings", () => {
    it("warns of a sub-heading that skips or repeats a number", () => {
      const report = writtenReport("某区教育局", 2023);
      report.text.overview = report.text.overview!.replace("（三）政府信息管理", "（四）政府信息管理");
      const [finding] = checkQuality(report);
      expect(finding).toMatchObject({
        code: "quality.headingNumber",
        expected: 3,
        actual: 4,
        quote: "（四）政府信息管理",
      });
    });

    it("warns of a part of section 一 left out of a 2021 report", () => {
      const report = writtenReport("某区教育局", 2023);
      report.text.overview = report.text.overview!.replace(/（五）监督保障[^]*$/, "");
      expect(checkQuality(report).map((f) => [f.code, f.quote])).toEqual([
        ["quality.headingMissing", "（五）监督保障"],
      ]);
    });
  });

  describe("quality.formatYear", () => {
    it("warns of the 2019 tables in a report of 2021 or later, not in one of 2020", () => {
      const late = { ...zeroReport("2019", 2023, "某局"), text: writtenReport("某局", 2023).text };
      expect(checkQuality(late).map((f) => f.code)).toContain("quality.formatYear");
      const fits = { ...zeroReport("2019", 2020, "某局"), text: writtenReport("某局", 2020).text };
      expect(checkQuality(fits).map((f) => f.code)).not.toContain("quality.formatYear");
    });
  });

  describe("quality.figureJump", () => {
    const withReceived = (year: number, received: number) => {
      const report = writtenReport("某区教育局", year);
      report.tables.applications["newReceived.total"] = received;
      return report;
    };

    it("notes (info) a figure beyond ×5 or below ÷5 of last year's", () => {
      expect(checkQuality(withReceived(2024, 60), withReceived(2023, 10))).toMatchObject([
        { code: "quality.figureJump", severity: "info", expected: 10, actual: 60, detail: "三·新收申请" },
      ]);
      expect(codes(withReceived(2024, 3), withReceived(2023, 20))).toEqual(["quality.figureJump"]);
    });

    it("leaves figures within ×5, small counts and a start from 0 alone", () => {
      expect(codes(withReceived(2024, 50), withReceived(2023, 10))).toEqual([]);
      expect(codes(withReceived(2024, 4), withReceived(2023, 20))).toEqual([]);
      expect(codes(withReceived(2024, 9), withReceived(2023, 1))).toEqual([]);
      expect(codes(withReceived(2024, 40), withReceived(2023, 0))).toEqual([]);
    });
  });
});

describe("quality checks in checkReport", () => {
  it("run when asked, against last year's report, and read as Chinese sentences", () => {
    const previous = writtenReport("某区教育局", 2023);
    const report = writtenReport("某区教育局", 2024);
    report.text.overview = previous.text.overview!.replaceAll("2023", "2024");
    report.text.problems = "无";
    expect(checkReport(report, { previous }).some((f) => f.ruleId.startsWith("quality."))).toBe(false);
    const found = checkReport(report, { previous, quality: checkQuality }).filter((f) =>
      f.ruleId.startsWith("quality."),
    );
    expect(found.map((f) => describeFinding(formats["2021"], f))).toEqual([
      expect.stringMatching(/^五、存在的主要问题及改进情况：内容为“无”，过于简单/),
      expect.stringMatching(/^一、总体情况：与上年报告相同的文字约占 \d+%（超过 50%），请按本年情况重写$/),
    ]);
  });
});

describe("quality checks on pasted prose", () => {
  it("say a phrase pasted thousands of times into one sentence a few times, with how often it recurs", () => {
    const report = writtenReport("某区教育局", 2023);
    report.text.overview = `${"本单位2022年度共主动公开政府信息".repeat(20_000)}。`;
    const found = checkQuality(report).filter((f) => f.code === "quality.previousYear");
    expect(found.length).toBeLessThanOrEqual(20);
    // The first one opens section 一: narrative.year's finding (another year's opening), not said twice.
    expect(found.reduce((all, f) => all + 1 + (f.repeats ?? 0), 0)).toBe(19_999);
    expect(checkOpeningYear(report)).toMatchObject([{ actual: 2022, expected: 2023 }]);
  });
});
