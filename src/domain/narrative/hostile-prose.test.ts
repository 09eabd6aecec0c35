import { describeFinding } from "../messages.zh-CN";
import type { Report } from "../model";
import { formats } from "../tables/formats";
import { reportWith } from "./__fixtures__/reports";
import { MAX_PHRASES, MAX_QUOTE } from "./bound-findings";
import { checkNarrative } from "./check";

// Issue 11: prose is whatever a person pasted. Each of these inputs used to hang or to flood the output; now they
// give a bounded answer (jest's own time limit catches a hang; speed is measured in `npm run bench`).

const withText = (text: Report["text"]): Report => ({
  ...reportWith("2019", 2019, "某局", { applications: { "newReceived.natural": 3, "newReceived.total": 3 } }),
  text: { overview: "", problems: "", other: "无其他需要报告的事项。", ...text },
});
const prose = (report: Report) => checkNarrative(report).filter((f) => f.ruleId !== "narrative.required");

describe("hostile prose", () => {
  it("reads a lead of many overlapping fillers at once, and ties it only when nothing else stands between", () => {
    const fillers = "共计".repeat(32);
    expect(prose(withText({ overview: `本年度新收${fillers}啊5件。` }))).toEqual([]);
    expect(prose(withText({ overview: `本年度新收申请${fillers}5件。` }))).toEqual([
      expect.objectContaining({ code: "narrative.figureMismatch", actual: 5, expected: 3 }),
    ]);
  });

  it("leaves a run of 60,000 digits or 40,000 numerals alone", () => {
    const digits = "7".repeat(60_000);
    const numerals = "一二三四五六七八九十".repeat(4_000);
    expect(prose(withText({ overview: `本年度新收申请${digits}件，${digits}。` }))).toEqual([]);
    expect(prose(withText({ overview: `本年度新收申请${numerals}件，${numerals}` }))).toEqual([]);
  });

  it("says a plan repeated 20,000 times a few times, with how often it recurs", () => {
    const findings = prose(withText({ problems: "2019年将继续".repeat(20_000) }));
    expect(findings.length).toBeLessThanOrEqual(MAX_PHRASES);
    expect(findings.reduce((n, f) => n + 1 + (f.repeats ?? 0), 0)).toBe(20_000);
    expect(findings.every((f) => f.code === "narrative.yearPlan" && Array.from(f.quote!).length <= MAX_QUOTE + 1)).toBe(
      true,
    );
    const [first] = findings;
    expect(describeFinding(formats["2019"], first!)).toMatch(/同样的问题另有 \d+ 处/);
  });

  it("lists at most a few distinct wrong figures and counts the rest", () => {
    const overview = Array.from({ length: 500 }, (_, i) => `本年度新收申请${i + 10}件。`).join("");
    const findings = prose(withText({ overview }));
    expect(findings).toHaveLength(MAX_PHRASES);
    expect(findings.at(-1)?.repeats).toBe(500 - MAX_PHRASES);
  });
});
