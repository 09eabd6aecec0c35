import type { Finding, Report, SectionKey } from "../model";
import { emptyReport } from "../report";
import { figures2019, figures2021 } from "./__fixtures__/reports";
import { checkFigures } from "./check-figures";

// figures2021/figures2019: 新收12, 上年结转3, 办结12, 结转3, 复议2, 诉讼1, 制发/新制作 规章1 规范性文件4.

const withText = (report: Report, text: string, section: SectionKey = "overview"): Report => ({
  ...report,
  text: { [section]: text },
});

/** What a person sees of a mismatch: the cells, the table's value, the quoted value and the quote. */
const seen = (findings: Finding[]) =>
  findings.map(({ cells, expected, actual, quote }) => ({ cells: cells.map((c) => c.key), expected, actual, quote }));

describe("checkFigures", () => {
  it.each([
    ["收到政府信息公开申请11件", ["newReceived.total"], 12, 11, "收到政府信息公开申请11件"],
    ["本年度新收政府信息公开申请13件，上年结转3件", ["newReceived.total"], 12, 13, "新收政府信息公开申请13件"],
    ["本年度新收政府信息公开申请12件，上年结转2件", ["carriedIn.total"], 3, 2, "上年结转2件"],
    ["共办结政府信息公开申请10件", ["resultTotal.total"], 12, 10, "办结政府信息公开申请10件"],
    ["已全部办理完毕，作出答复15件", ["resultTotal.total"], 12, 15, "作出答复15件"],
    ["结转下年度继续办理0件", ["carriedOut.total"], 3, 0, "结转下年度继续办理0件"],
    ["发生政府信息公开行政复议案件0件、行政诉讼1件", ["review.total"], 2, 0, "行政复议案件0件"],
    ["行政复议2件，行政诉讼2件", ["suitDirect.total", "suitAfterReview.total"], 1, 2, "行政诉讼2件"],
    ["本年度制发规章2件", ["rules.issued"], 1, 2, "制发规章2件"],
    ["本年度制发规章1件、行政规范性文件5件", ["normativeDocs.issued"], 4, 5, "行政规范性文件5件"],
    ["制发规章1件和规范性文件6件", ["normativeDocs.issued"], 4, 6, "和规范性文件6件"],
    ["收到申请１３件", ["newReceived.total"], 12, 13, "收到申请13件"],
    ["收到申请1,234件", ["newReceived.total"], 12, 1234, "收到申请1,234件"],
    ["收到申请 13 件", ["newReceived.total"], 12, 13, "收到申请 13 件"],
    ["全年收到政府信息公开申请十一件", ["newReceived.total"], 12, 11, "收到政府信息公开申请十一件"],
    ["行政复议两起涉及申请五件，行政诉讼两件", ["suitDirect.total", "suitAfterReview.total"], 1, 2, "行政诉讼两件"],
    ["本年度制发规章一件、行政规范性文件三件", ["normativeDocs.issued"], 4, 3, "行政规范性文件三件"],
  ])("in a 2021 report, “%s” contradicts %j (table %d, text %d)", (text, cells, expected, actual, quote) => {
    expect(seen(checkFigures(withText(figures2021(), text)))).toEqual([{ cells, expected, actual, quote }]);
  });

  it.each([
    ["本年新制作规章1件、规范性文件3件", ["normativeDocs.made"], 4, 3],
    ["制发规章0件", ["rules.made"], 1, 0],
  ])("in a 2019 report, “%s” contradicts the 本年新制作 column %j", (text, cells, expected, actual) => {
    expect(seen(checkFigures(withText(figures2019(), text)))).toEqual([
      expect.objectContaining({ cells, expected, actual }),
    ]);
  });

  it("reports an error in the section it was found, with the rule and code of narrative.figures", () => {
    expect(checkFigures(withText(figures2021(), "本年度收到政府信息公开申请20件。", "other"))).toEqual([
      {
        ruleId: "narrative.figures",
        severity: "error",
        code: "narrative.figureMismatch",
        cells: [{ table: "applications", key: "newReceived.total" }],
        expected: 12,
        actual: 20,
        section: "other",
        quote: "收到政府信息公开申请20件",
      },
    ]);
  });

  it.each([
    ["收到政府信息公开申请12件", "新收 alone"],
    ["共收到政府信息公开申请15件，其中新收12件", "新收 plus 上年结转"],
    ["新收到政府信息公开申请12件", "新收到 is 新收"],
    ["收到政府信息公开申请十二件，上年结转三件", "figures in Chinese numerals"],
  ])("accepts “%s” (%s)", (text) => {
    expect(checkFigures(withText(figures2021(), text))).toEqual([]);
  });

  it("reads 收到 without 新 against 新收 first when neither reading holds", () => {
    expect(seen(checkFigures(withText(figures2021(), "收到政府信息公开申请14件")))).toEqual([
      { cells: ["newReceived.total"], expected: 12, actual: 14, quote: "收到政府信息公开申请14件" },
    ]);
  });

  it.each([
    ["主动公开政府信息270余条"],
    ["现行有效规章12件、行政规范性文件31件"],
    ["制发规章1件，废止规章3件、行政规范性文件9件"],
    ["在办结的申请中，予以公开5件"],
    ["办结的申请中予以公开5件"],
    ["制发规章和规范性文件共9件"],
    ["行政复议后提起行政诉讼7件"],
    ["受理行政复议案件2起，涉及申请5件"],
    ["收到申请后15个工作日内答复"],
    ["接待群众咨询100余件"],
    ["收到群众来信40件"],
    ["办结率100%"],
    ["收到政府信息公开申请近20件"],
    ["收到政府信息公开申请十余件"],
    ["受理行政复议案件两起，涉及申请五件"],
    ["对每一件申请都认真答复"],
  ])("leaves alone a number it cannot tie to one cell: “%s”", (text) => {
    expect(checkFigures(withText(figures2021(), text))).toEqual([]);
  });

  it("counts blank table cells as 0", () => {
    const report = withText(emptyReport("2021", 2023, ""), "办结3件，结转下年度0件");
    expect(seen(checkFigures(report))).toEqual([
      { cells: ["resultTotal.total"], expected: 0, actual: 3, quote: "办结3件" },
    ]);
  });

  it("reads every prose section", () => {
    const report = { ...figures2021(), text: { overview: "办结1件", problems: "办结2件", other: "办结12件" } };
    expect(checkFigures(report).map((f) => f.section)).toEqual(["overview", "problems"]);
  });
});
