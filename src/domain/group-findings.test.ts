import { groupFindings } from "./group-findings";
import { ruleSource } from "./messages.zh-CN";
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

  it.each(["applications.balance", "applications.rowTotal", "appeals.total", "cell.value", "narrative.year"])(
    "has the rule's wording for %s",
    (ruleId) => {
      expect(ruleSource(formats["2021"], ruleId)).toMatch(/[\u4e00-\u9fff]/);
    },
  );
});
