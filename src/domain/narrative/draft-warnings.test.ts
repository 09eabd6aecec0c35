import { figures2019, figures2021 } from "./__fixtures__/reports";
import { draftNarrative, draftWarnings } from "./narrate";
import { LEFT_OUT, UNREAD_FIGURE } from "./phrases.zh-CN";

describe("drafting from figures of the wrong kind", () => {
  it("never prints 规章1.5件 or a negative amount, and says which figures it left out", () => {
    const report = figures2019();
    Object.assign(report.tables.disclosure, { "rules.made": 1.5, "procurement.amount": -5 });
    const draft = draftNarrative(report).overview;
    expect(draft).not.toMatch(/1\.5件|-5万元/);
    expect(draft).toContain(`本年新制作规章${LEFT_OUT}`);
    expect(draft).toContain(`采购总金额${LEFT_OUT}`);
    const warnings = draftWarnings(report);
    expect(warnings.map((w) => w.code)).toEqual(["tablesHaveErrors", "figuresLeftOut"]);
    expect(warnings[1]).toMatchObject({
      cells: [
        { table: "disclosure", key: "rules.made" },
        { table: "disclosure", key: "procurement.amount" },
      ],
    });
    expect(warnings[1]?.message).toContain("规章 · 本年新制作数量");
  });

  it("leaves out a total made of a figure of the wrong kind", () => {
    const report = figures2021();
    Object.assign(report.tables.appeals, { "suitDirect.total": 0.5 });
    expect(draftNarrative(report).overview).toContain(`被提起行政诉讼${LEFT_OUT}`);
  });

  it("warns when the tables do not add up, though every figure can be printed", () => {
    const report = figures2021();
    report.tables.applications["newReceived.total"] = 13;
    expect(draftWarnings(report)).toEqual([
      { code: "tablesHaveErrors", count: 2, message: expect.stringContaining("表格中有 2 处错误") as string },
    ]);
  });

  it("has nothing to say about consistent tables", () => {
    expect(draftWarnings(figures2021())).toEqual([]);
    expect(draftWarnings(figures2019())).toEqual([]);
  });
});

describe("drafting from a report whose tables 三 and 四 were not read", () => {
  // As a reader leaves them: the cells are absent from the tables and listed as unread.
  function cutAfterTable2() {
    const report = figures2021();
    const unread = (["applications", "appeals"] as const).flatMap((table) => {
      const keys = Object.keys(report.tables[table]);
      report.tables[table] = {};
      return keys.map((key) => ({ table, key }));
    });
    return { report, unread };
  }

  it("drafts （未读到） where their figures stand: neither 0件 nor （未填写）", () => {
    const { report, unread } = cutAfterTable2();
    const { overview, problems } = draftNarrative(report, undefined, unread);
    expect(overview).toContain(`本年度新收政府信息公开申请${UNREAD_FIGURE}`);
    expect(overview).toContain(`被提起行政诉讼${UNREAD_FIGURE}`);
    expect(overview).not.toMatch(/申请0件|未填写/);
    // Section 五 says nothing of applications it does not know.
    expect(problems).not.toMatch(/未收到政府信息公开申请|未发生因政府信息公开工作引发/);
    // Table 二 was read: its figures stand as written.
    expect(overview).toContain("现行有效规章5件");
  });

  it("says which tables were not read, and does not call their cells blank", () => {
    const { report, unread } = cutAfterTable2();
    const warnings = draftWarnings(report, { unread });
    expect(warnings.map((w) => w.code)).toEqual(["figuresUnread"]);
    expect(warnings[0]?.message).toMatch(
      /^三、收到和处理政府信息公开申请情况、四、政府信息公开行政复议、行政诉讼情况：/,
    );
  });
});
