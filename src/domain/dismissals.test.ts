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
const dismissalOf = (finding: Finding, reason: string, on = report): Dismissal => ({
  ruleId: finding.ruleId,
  cells: finding.cells,
  reason,
  fingerprint: fingerprintFinding(finding, on),
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

  const blanks = (keys: string[]): Finding => ({
    ruleId: "cell.blank",
    severity: "warning",
    code: "cell.blank",
    cells: keys.map((key) => ({ table: "applications", key })),
  });
  const withBlanks = (keys: string[]) => {
    const blanked = structuredClone(report);
    for (const key of keys) delete blanked.tables.applications[key];
    return blanked;
  };

  it("covers a table's blank cells it was given for, and no cell left blank since", () => {
    const before = withBlanks(["newReceived.natural"]);
    const dismissal = dismissalOf(blanks(["newReceived.natural"]), "本单位无此类申请", before);
    expect(applyDismissals([blanks(["newReceived.natural"])], [dismissal], before)[0]?.dismissed).toEqual({
      reason: "本单位无此类申请",
    });
    const after = withBlanks(["newReceived.natural", "newReceived.legal"]);
    const [again] = applyDismissals([blanks(["newReceived.natural", "newReceived.legal"])], [dismissal], after);
    expect(again?.dismissed).toBeUndefined();
  });

  it("no longer covers the blanks once one of them is filled in: what it was given for changed", () => {
    const before = withBlanks(["newReceived.natural", "newReceived.legal"]);
    const dismissal = dismissalOf(blanks(["newReceived.natural", "newReceived.legal"]), "不适用", before);
    const after = withBlanks(["newReceived.legal"]);
    expect(applyDismissals([blanks(["newReceived.legal"])], [dismissal], after)[0]?.dismissed).toBeUndefined();
  });

  it("reads a blank-cell dismissal stored before values were recorded as covering the cells it lists", () => {
    const legacy: Dismissal = {
      ruleId: "cell.blank",
      cells: [{ table: "applications", key: "newReceived.natural" }],
      reason: "本单位无此类申请",
      fingerprint: JSON.stringify([2025, "cell.blank", "cell.blank", "applications"]),
    };
    const one = withBlanks(["newReceived.natural"]);
    expect(applyDismissals([blanks(["newReceived.natural"])], [legacy], one)[0]?.dismissed).toEqual({
      reason: "本单位无此类申请",
    });
    const two = withBlanks(["newReceived.natural", "newReceived.legal"]);
    expect(applyDismissals([blanks(["newReceived.natural", "newReceived.legal"])], [legacy], two)[0]?.dismissed).toBe(
      undefined,
    );
    expect(applyDismissals([blanks(["newReceived.natural"])], [legacy], { ...one, year: 2024 })[0]?.dismissed).toBe(
      undefined,
    );
  });

  it("ignores a stored fingerprint that is not JSON", () => {
    const odd: Dismissal = { ...dismissalOf(carryOver, "手写"), fingerprint: "手写的" };
    expect(applyDismissals([carryOver], [odd], report)[0]?.dismissed).toBeUndefined();
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
