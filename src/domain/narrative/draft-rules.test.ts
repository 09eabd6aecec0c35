import type { Report } from "../model";
import { emptyReport } from "../report";
import { figures2019, figures2021, reportWith } from "./__fixtures__/reports";
import { checkNarrative, draftNarrative, draftWarnings } from "./narrate";
import { BLANK_FIGURE } from "./phrases.zh-CN";

/** A county bureau: no 规章, some 规范性文件 and decisions. */
const bureau = (format: "2019" | "2021"): Report =>
  format === "2021"
    ? reportWith("2021", 2025, "某县交通运输局", {
        disclosure: { "normativeDocs.issued": 2, "normativeDocs.inForce": 9, "penalty.decisions": 40 },
      })
    : reportWith("2019", 2019, "某县交通运输局", {
        disclosure: { "normativeDocs.made": 2, "normativeDocs.totalPublic": 9, "penalty.decisions": 40 },
      });

describe("drafts from what the figures say", () => {
  it.each(["2019", "2021"] as const)("never mentions 规章 for a %s body whose 规章 are all 0", (format) => {
    const draft = draftNarrative(bureau(format));
    expect(draft.overview).not.toContain("规章");
    expect(draft.overview).toMatch(/规范性文件2件/);
    expect(checkNarrative({ ...bureau(format), text: draft })).toEqual([]);
  });

  it("never mentions 规章 when they are left blank, and does not warn about them", () => {
    const report = bureau("2021");
    for (const key of ["rules.issued", "rules.repealed", "rules.inForce"]) delete report.tables.disclosure[key];
    expect(draftNarrative(report).overview).not.toContain("规章");
    expect(draftWarnings(report)).toEqual([]);
  });

  it("keeps 规章 for a body that has some in force", () => {
    expect(draftNarrative(figures2021()).overview).toContain("现行有效规章5件");
  });

  it("says 未填写 for blank cells instead of 0, and warns naming them", () => {
    const report = figures2019();
    report.year = 2020;
    delete report.tables.disclosure["penalty.decisions"];
    delete report.tables.disclosure["enforcement.decisions"];
    const { overview } = draftNarrative(report);
    expect(overview).toContain(`行政处罚处理决定${BLANK_FIGURE}、行政强制处理决定${BLANK_FIGURE}`);
    expect(overview).not.toMatch(/行政处罚处理决定0件/);
    const warning = draftWarnings(report).find((w) => w.code === "figuresBlank");
    expect(warning?.cells).toEqual([
      { table: "disclosure", key: "penalty.decisions" },
      { table: "disclosure", key: "enforcement.decisions" },
    ]);
    expect(warning?.message).toContain("未填写");
  });

  it("drafts an untouched template as 未填写 throughout, never as zeros", () => {
    const { overview } = draftNarrative(emptyReport("2021", 2025, "某县交通运输局"));
    expect(overview).not.toMatch(/[^\d]0件/);
    expect(overview).toContain(`新收政府信息公开申请${BLANK_FIGURE}`);
  });
});

describe("section 五 from the figures", () => {
  it("differs between two bodies with different figures", () => {
    const busy = draftNarrative(figures2021()).problems;
    const quiet = draftNarrative(bureau("2021")).problems;
    expect(busy).not.toEqual(quiet.replace("2025", "2023").replace("某县交通运输局", "某市某局"));
    expect(busy).toContain("全年新收政府信息公开申请12件");
    expect(busy).toContain("不予公开、无法提供等答复的说理还需更加充分");
    expect(quiet).toContain("全年未收到政府信息公开申请");
    expect(quiet).toContain("未发生因政府信息公开工作引发的行政复议、行政诉讼");
    expect(quiet).toContain("现行有效行政规范性文件9件");
  });

  it("names corrections by 复议 or 诉讼 and plans against them", () => {
    const report = figures2021();
    Object.assign(report.tables.appeals, { "review.upheld": 0, "review.corrected": 1 });
    const { problems } = draftNarrative(report);
    expect(problems).toContain("行政复议、行政诉讼中被纠正1件");
    expect(problems).toContain("加强答复前的法制审核");
    expect(checkNarrative({ ...report, text: draftNarrative(report) })).toEqual([]);
  });

  it("compares with last year's report when given", () => {
    const previous = reportWith("2021", 2022, "某市某局", {
      applications: { "newReceived.total": 7 },
      disclosure: { "normativeDocs.inForce": 31 },
    });
    const { problems } = draftNarrative(figures2021(), previous);
    expect(problems).toContain("全年新收政府信息公开申请12件，比上年增加5件");
    expect(problems).toContain("现行有效行政规范性文件30件，比上年减少1件");
    expect(problems).toContain("依申请公开数量上升");
    expect(checkNarrative({ ...figures2021(), text: draftNarrative(figures2021(), previous) })).toEqual([]);
  });
});
