import { zeroReport } from "../report";
import { describeFinding } from "../messages.zh-CN";
import type { Report } from "../model";
import { formats } from "../tables/formats";
import { ruleInstances } from "./instances";
import { checkRules, validateReport } from "./validate";

// One blank-cell policy for every rule, whichever reader or the add-in gave the figures (issue 18): a blank is not a
// 0 to compare. All blank, or blank against 0: only the table's blank warning. A side wholly blank against figures:
// one finding naming what is missing and what the other side adds up to. A missing total is said once, by its sum.

const blankRow = (report: Report, row: string): void => {
  for (const key of Object.keys(report.tables.applications))
    if (key.startsWith(`${row}.`)) delete report.tables.applications[key];
};
const said = (report: Report): string[] =>
  validateReport(report)
    .filter((f) => f.code !== "cell.blank")
    .map((f) => describeFinding(formats[report.format], f));

it("names a total left blank while its parts hold figures, with what they add up to", () => {
  const report = zeroReport("2021", 2025, "某局");
  Object.assign(report.tables.applications, { "disclosed.natural": 3, "disclosed.legal": 2 });
  Object.assign(report.tables.applications, { "resultTotal.natural": 3, "resultTotal.legal": 2 });
  Object.assign(report.tables.applications, { "resultTotal.total": 5, "newReceived.natural": 3 });
  Object.assign(report.tables.applications, { "newReceived.legal": 2, "newReceived.total": 5 });
  delete report.tables.applications["disclosed.total"];
  expect(said(report)).toEqual(["三、收到和处理政府信息公开申请情况 · （一）予以公开：总计未填写，各类申请人之和为 5"]);
  const [finding] = validateReport(report).filter((f) => f.code === "side.blank");
  expect(finding).toMatchObject({ severity: "error", expected: 5, detail: "left" });
  expect(finding?.actual).toBeUndefined();
});

it("names parts left blank under a total that holds a figure", () => {
  const report = zeroReport("2021", 2025, "某局");
  Object.assign(report.tables.appeals, { "review.total": 2 });
  for (const column of ["upheld", "corrected", "other", "pending"]) delete report.tables.appeals[`review.${column}`];
  expect(said(report)).toEqual([
    "四、政府信息公开行政复议、行政诉讼情况 · 行政复议：结果维持、结果纠正、其他结果、尚未审结之和未填写，总计为 2",
  ]);
});

it("says nothing but the blank warning for a row wholly blank, or a blank total of parts adding up to 0", () => {
  const report = zeroReport("2021", 2025, "某局");
  blankRow(report, "withheld.stateSecret");
  delete report.tables.applications["disclosed.total"];
  expect(said(report)).toEqual([]);
  const [blank] = validateReport(report);
  expect(blank).toMatchObject({ code: "cell.blank", severity: "warning" });
  expect(blank?.cells).toHaveLength(8);
});

it("adds the figures given when some parts are blank: a wrong total is still found", () => {
  const report = zeroReport("2021", 2025, "某局");
  Object.assign(report.tables.applications, { "disclosed.natural": 3, "disclosed.total": 4 });
  delete report.tables.applications["disclosed.legal"];
  expect(said(report)).toContain(
    "三、收到和处理政府信息公开申请情况 · （一）予以公开：总计（4）不等于各类申请人之和（3）",
  );
});

it("the add-in's check of some rules treats blanks as the whole check does", () => {
  const report = zeroReport("2021", 2025, "某局");
  Object.assign(report.tables.applications, {
    "disclosed.natural": 3,
    "resultTotal.natural": 3,
    "resultTotal.total": 3,
  });
  Object.assign(report.tables.applications, { "newReceived.natural": 3, "newReceived.total": 3 });
  delete report.tables.applications["disclosed.total"];
  const instances = ruleInstances(formats["2021"]);
  const whole = validateReport(report).filter((f) => f.code !== "cell.blank");
  expect(checkRules(report, {}, instances)).toEqual(whole);
  // The column of totals reads the missing total: not checked again on it (its 3 is not compared with a blank).
  expect(whole.map((f) => f.ruleId)).toEqual(["applications.rowTotal"]);
});

describe("figures carried from last year (a prefilled template, issue 17)", () => {
  /** A 2025 template as the sheet holds it: 上年结转 and 现行有效件数 prefilled, every total computing from blanks. */
  const prefilled = (): Report => {
    const report = zeroReport("2021", 2025, "某局");
    for (const table of formats["2021"].tables)
      for (const key of Object.keys(report.tables[table.id]))
        if (!key.endsWith(".total") && key !== "resultTotal.total") delete report.tables[table.id][key];
    for (const key of Object.keys(report.tables.applications))
      if (key.startsWith("resultTotal.")) report.tables.applications[key] = 0;
    Object.assign(report.tables.applications, { "carriedIn.natural": 4, "carriedIn.legal": 1, "carriedIn.total": 5 });
    Object.assign(report.tables.disclosure, { "rules.inForce": 3, "normativeDocs.inForce": 7 });
    return report;
  };

  it("are no error by themselves: only the blank warnings until this year's figures are typed", () => {
    expect(said(prefilled())).toEqual([]);
    expect(validateReport(prefilled()).every((f) => f.code === "cell.blank")).toBe(true);
  });

  it("are checked against this year's figures as soon as one is typed in their rule", () => {
    const report = prefilled();
    Object.assign(report.tables.applications, { "newReceived.natural": 3, "newReceived.total": 3 });
    // 自然人: 3 + 4 against nothing of this year's results; 法律服务机构 still holds only its carried 1.
    expect(said(report)).toEqual([
      "三、收到和处理政府信息公开申请情况 · 自然人：第三项加第四项之和未填写，第一项加第二项之和为 7",
      "三、收到和处理政府信息公开申请情况 · 总计：第一项加第二项之和（8）不等于第三项加第四项之和（0）",
    ]);
  });

  it("still disagree with zeros a person typed on the other side", () => {
    const report = prefilled();
    Object.assign(report.tables.applications, { "carriedOut.legal": 0, "newReceived.legal": 0 });
    expect(said(report)).toContain(
      "三、收到和处理政府信息公开申请情况 · 法律服务机构：第一项加第二项之和（1）不等于第三项加第四项之和（0）",
    );
  });

  it("a total of carried figures that does not add up is still an error", () => {
    const report = prefilled();
    report.tables.applications["carriedIn.total"] = 9;
    expect(said(report)).toContain(
      "三、收到和处理政府信息公开申请情况 · 二、上年结转政府信息公开申请数量：总计（9）不等于各类申请人之和（5）",
    );
  });
});
