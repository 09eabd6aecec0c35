import { checkReport } from "../check-report";
import { describeFinding } from "../messages.zh-CN";
import type { Finding } from "../model";
import { figures2021 } from "../narrative/__fixtures__/reports";
import { formats } from "../tables/formats";

/** A pasted “5件” in 新收·商业企业: the sheet counts it 0, and its formula total 新收·总计 with it. */
function pastedText() {
  const report = figures2021();
  Object.assign(report.tables.applications, { "newReceived.commercial": 0, "newReceived.total": 10 });
  const text: Finding = {
    ruleId: "cell.text",
    severity: "error",
    code: "cell.text",
    cells: [{ table: "applications", key: "newReceived.commercial" }],
    quote: "5件",
    expected: 5,
  };
  return checkReport(report, { readFindings: [text] });
}

describe("findings caused by a text cell", () => {
  it("keep the text cell's own finding", () => {
    expect(pastedText().filter((f) => f.code === "cell.text")).toHaveLength(1);
  });

  it("name it in the 商业企业 and 总计 balances it breaks", () => {
    const balances = pastedText().filter((f) => f.code === "balance.mismatch");
    const messages = balances.map((f) => describeFinding(formats["2021"], f));
    expect(messages.length).toBeGreaterThanOrEqual(2);
    expect(messages.some((m) => m.includes("商业企业"))).toBe(true);
    expect(messages.some((m) => m.includes("· 总计"))).toBe(true);
    for (const message of messages) expect(message).toMatch(/其中 .*商业企业.* 为文本“5件”，按 0 计$/);
    for (const finding of balances) {
      expect(finding.textCauses).toEqual([
        { cell: { table: "applications", key: "newReceived.commercial" }, quote: "5件" },
      ]);
    }
  });

  it("leave findings that do not read it alone", () => {
    const report = figures2021();
    report.tables.applications["carriedOut.total"] = 4;
    expect(checkReport(report).every((f) => f.textCauses === undefined)).toBe(true);
  });
});
