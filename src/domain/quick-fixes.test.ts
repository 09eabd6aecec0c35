import { findCell } from "./cells";
import type { Finding } from "./model";
import { numberFromText, quickFixOf } from "./quick-fixes";
import { formats } from "./tables/formats";

const cellOf = (table: "applications" | "disclosure", key: string) => {
  const cell = findCell(formats["2021"], { table, key });
  if (!cell) throw new Error(`no cell ${key}`);
  return cell;
};
const count = cellOf("applications", "newReceived.natural");
const money = cellOf("disclosure", "fees.amount");

describe("quick fixes", () => {
  it("reads full-width digits, thousands separators and a unit that fits the column as the number", () => {
    expect(["３", "1,000", "3件", " 2", "１，２３４"].map((text) => numberFromText(text, count))).toEqual([
      3, 1000, 3, 2, 1234,
    ]);
    expect(["1.5", "3万元", "约3", "-1"].map((text) => numberFromText(text, count))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(["1.5", "0.5万元"].map((text) => numberFromText(text, money))).toEqual([1.5, 0.5]);
  });

  it("offers 0 for a table's blanks, and the number for text that reads as one, nothing otherwise", () => {
    const cells = [count.ref];
    const finding = (f: Partial<Finding>): Finding => ({
      ruleId: "x",
      severity: "error",
      code: "cell.text",
      cells,
      ...f,
    });
    expect(quickFixOf(finding({ code: "cell.blank", severity: "warning" }))).toEqual({
      kind: "fillBlanks",
      table: "applications",
    });
    expect(quickFixOf(finding({ quote: "３", expected: 3 }))).toEqual({ kind: "toNumber", cells });
    expect(quickFixOf(finding({ quote: "约3" }))).toBeUndefined();
    expect(quickFixOf(finding({ code: "cell.unitTyped", quote: "3件", actual: 3 }))).toEqual({
      kind: "toNumber",
      cells,
    });
    expect(quickFixOf(finding({ code: "balance.mismatch", expected: 3, actual: 2 }))).toBeUndefined();
  });
});

describe("the fix from last year's report", () => {
  it("is offered on 上年结转 and 现行有效件数 that disagree with last year's report, or are left blank", () => {
    const carried = { table: "applications" as const, key: "carriedIn.natural" };
    const inForce = { table: "disclosure" as const, key: "rules.inForce" };
    const finding = (f: Partial<Finding>): Finding => ({
      ruleId: "x",
      severity: "error",
      code: "side.blank",
      cells: [],
      ...f,
    });
    expect(
      quickFixOf(finding({ ruleId: "carryOver.applications", code: "carryOver.mismatch", cells: [carried] })),
    ).toEqual({ kind: "carryOver", cells: [carried] });
    expect(quickFixOf(finding({ ruleId: "carryOver.applications", detail: "left", cells: [carried] }))).toEqual({
      kind: "carryOver",
      cells: [carried],
    });
    expect(quickFixOf(finding({ ruleId: "carryOver.inForce", code: "carryOver.mismatch", cells: [inForce] }))).toEqual({
      kind: "fromLastYear",
      cells: [inForce],
    });
    // 总计's 上年结转 is the sheet's formula: no button that would write nothing.
    const carriedTotal = { table: "applications" as const, key: "carriedIn.total" };
    expect(
      quickFixOf(finding({ ruleId: "carryOver.applications", code: "carryOver.mismatch", cells: [carriedTotal] })),
    ).toBeUndefined();
    // This year's 上年结转 filled in while last year's report left its 结转下年度 blank: nothing to write from it.
    expect(
      quickFixOf(finding({ ruleId: "carryOver.applications", detail: "right", cells: [carried] })),
    ).toBeUndefined();
  });
});
