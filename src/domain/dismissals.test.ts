import { applyDismissals, fingerprintFinding, type Dismissal } from "./dismissals";
import type { Finding } from "./model";
import { zeroReport } from "./report";

const report = zeroReport("2021", 2025, "某市某局");
const carryOver: Finding = {
  ruleId: "carryOver.inForce",
  severity: "warning",
  code: "carryOver.mismatch",
  cells: [{ table: "disclosure", key: "rules.inForce" }],
};
const balance: Finding = {
  ruleId: "applications.balance",
  severity: "error",
  code: "balance.mismatch",
  cells: [{ table: "applications", key: "newReceived.natural" }],
};
const dismissalOf = (finding: Finding, reason: string): Dismissal => ({
  ruleId: finding.ruleId,
  cells: finding.cells,
  reason,
  fingerprint: fingerprintFinding(finding, report),
});

describe("dismissals", () => {
  it("marks a warning whose figures are unchanged as dismissed, with the reason", () => {
    const [finding] = applyDismissals([carryOver], [dismissalOf(carryOver, "规章有清理")], report);
    expect(finding?.dismissed).toEqual({ reason: "规章有清理" });
  });

  it("no longer applies once a figure of the warning changes", () => {
    const changed = structuredClone(report);
    changed.tables.disclosure["rules.inForce"] = 7;
    const [finding] = applyDismissals([carryOver], [dismissalOf(carryOver, "规章有清理")], changed);
    expect(finding?.dismissed).toBeUndefined();
  });

  it("keeps a table's blank-cell warning dismissed when one more cell is filled in", () => {
    const blanks = (keys: string[]): Finding => ({
      ruleId: "cell.blank",
      severity: "warning",
      code: "cell.blank",
      cells: keys.map((key) => ({ table: "applications", key })),
    });
    const dismissal = dismissalOf(blanks(["newReceived.natural", "newReceived.legal"]), "本单位无此类申请");
    const [finding] = applyDismissals([blanks(["newReceived.legal"])], [dismissal], report);
    expect(finding?.dismissed).toEqual({ reason: "本单位无此类申请" });
    const other = { ...blanks(["x"]), cells: [{ table: "appeals" as const, key: "x" }] };
    expect(applyDismissals([other], [dismissal], report)[0]?.dismissed).toBeUndefined();
  });

  it("never dismisses an error", () => {
    const [finding] = applyDismissals([balance], [dismissalOf(balance, "无所谓")], report);
    expect(finding?.dismissed).toBeUndefined();
  });

  it.each([
    ["another year", { ...report, year: 2024 }],
    ["a blank instead of 0", { ...report, tables: { ...report.tables, disclosure: {} } }],
  ])("tells the same warning apart in %s", (_, other) => {
    expect(fingerprintFinding(carryOver, other)).not.toBe(fingerprintFinding(carryOver, report));
  });
});
