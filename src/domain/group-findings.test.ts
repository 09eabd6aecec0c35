import { foldEchoes, groupFindings } from "./group-findings";
import { describeFinding, ruleSource } from "./messages.zh-CN";
import type { Finding } from "./model";
import { formats } from "./tables/formats";

const finding = (ruleId: string, severity: Finding["severity"], table?: Finding["cells"][0]["table"], extra = {}) =>
  ({ ruleId, severity, code: "sum.mismatch", cells: table ? [{ table, key: "x" }] : [], ...extra }) as Finding;

describe("groupFindings", () => {
  it("groups by table in the official order, prose last, errors first and dismissed warnings at the end", () => {
    const groups = groupFindings(formats["2021"], [
      finding("narrative.year", "warning", undefined, { section: "problems" }),
      finding("cell.blank", "warning", "applications", { dismissed: { reason: "已核实" } }),
      finding("cell.unit", "warning", "applications"),
      finding("applications.balance", "error", "applications"),
      finding("narrative.figures", "error", "applications", { section: "overview" }),
      finding("appeals.total", "error", "appeals"),
    ]);
    expect(groups.map((g) => [g.key, g.findings.map((f) => f.ruleId)])).toEqual([
      ["applications", ["applications.balance", "cell.unit", "cell.blank"]],
      ["appeals", ["appeals.total"]],
      ["text", ["narrative.figures", "narrative.year"]],
    ]);
    expect(groups[0]!.title).toBe("三、收到和处理政府信息公开申请情况");
  });

  it("puts a table with an error before tables with only warnings", () => {
    const groups = groupFindings(formats["2021"], [
      finding("cell.blank", "warning", "disclosure"),
      finding("applications.balance", "error", "applications"),
    ]);
    expect(groups.map((g) => g.key)).toEqual(["applications", "disclosure"]);
  });

  it("folds the same imbalance seen in the total column into the figure's own, and names both", () => {
    const format = formats["2021"];
    const balance = (column: string): Finding => ({
      ruleId: "applications.balance",
      severity: "error",
      code: "balance.mismatch",
      cells: ["newReceived", "carriedIn", "resultTotal", "carriedOut"].map((row) => ({
        table: "applications",
        key: `${row}.${column}`,
      })),
      expected: 0,
      actual: 5,
    });
    const [group] = groupFindings(format, foldEchoes(format, [balance("natural"), balance("total")]));
    expect(group?.findings).toHaveLength(1);
    expect(group?.findings[0]?.related).toEqual([balance("total")]);
    const text = describeFinding(format, group?.findings[0] as Finding);
    expect(text).toContain("自然人");
    expect(text).toContain("总计列因此同样不符");
    // A different difference is a mistake of its own.
    expect(foldEchoes(format, [balance("natural"), { ...balance("total"), actual: 6 }])).toHaveLength(2);
  });

  it("never folds a prose finding into a table's, nor ends it with the table's “总计列因此同样不符”", () => {
    const format = formats["2021"];
    const quoted = (column: string): Finding => ({
      ruleId: "narrative.figures",
      severity: "warning",
      code: "narrative.figureMismatch",
      section: "overview",
      quote: `收到申请 ${column}`,
      cells: [{ table: "applications", key: `newReceived.${column}` }],
      expected: 5,
      actual: 6,
    });
    const folded = foldEchoes(format, [quoted("natural"), quoted("total")]);
    expect(folded).toHaveLength(2);
    for (const finding of folded) expect(describeFinding(format, finding)).not.toContain("同样不符");
  });

  it("words the prose requirement for the report's own format", () => {
    expect(ruleSource(formats["2019"], "narrative.required")).toMatch(/^2019 年格式/);
    expect(ruleSource(formats["2019"], "narrative.required")).not.toContain("2021");
    expect(ruleSource(formats["2021"], "narrative.required")).toContain("信息处理费");
  });

  it.each(["applications.balance", "applications.rowTotal", "appeals.total", "cell.value", "narrative.year"])(
    "has the rule's wording for %s",
    (ruleId) => {
      expect(ruleSource(formats["2021"], ruleId)).toMatch(/[\u4e00-\u9fff]/);
    },
  );
});
