import { cellsOfTable } from "./cells";
import { readCell } from "./read-cell";
import { zeroReport } from "./report";
import { validateReport } from "./rules/validate";
import { formats, tableOf } from "./tables/formats";
import { MAX_FIGURE, roundAmount } from "./values";

const natural = cellsOfTable(tableOf(formats["2021"], "applications")).find(
  (c) => c.ref.key === "newReceived.natural",
)!;

describe("figures too large to add up", () => {
  it.each([
    ["one more than the bound", MAX_FIGURE + 1],
    ["beyond 2^53", 2 ** 53 + 2],
    ["negative beyond the bound", -(MAX_FIGURE + 1)],
  ])("a count %s is a cell.tooLarge error", (_name, value) => {
    const report = zeroReport("2021", 2024, "某局");
    report.tables.applications["newReceived.natural"] = value;
    const findings = validateReport(report).filter((f) => f.ruleId === "cell.value");
    expect(findings).toEqual([expect.objectContaining({ code: "cell.tooLarge", actual: value })]);
  });

  it("does not let an off-by-one total beyond 2^53 pass without a word", () => {
    const report = zeroReport("2021", 2024, "某局");
    // 2^53 + 1 cannot be held by a number: it reads as 2^53, so the total “adds up”.
    Object.assign(report.tables.applications, { "newReceived.natural": 2 ** 53 + 1, "newReceived.total": 2 ** 53 });
    const codes = validateReport(report).map((f) => f.code);
    expect(codes.filter((c) => c === "cell.tooLarge")).toHaveLength(2);
  });

  it("accepts the bound itself", () => {
    const report = zeroReport("2021", 2024, "某局");
    Object.assign(report.tables.applications, { "newReceived.natural": MAX_FIGURE, "newReceived.total": MAX_FIGURE });
    expect(
      validateReport(report)
        .filter((f) => f.severity === "error")
        .map((f) => f.ruleId),
    ).not.toContain("cell.value");
  });

  it.each(["12345678901234567890", "1".padEnd(400, "0"), "1,000,000,001件"])("reads “%s” as too large", (text) => {
    expect(readCell(text, natural, "text").findings).toEqual([
      expect.objectContaining({ code: "cell.tooLarge", quote: text }),
    ]);
  });
});

describe("roundAmount", () => {
  it.each([0, 7, 2 ** 53 - 1, -(2 ** 53 - 1), 123456789])("keeps the whole number %d exactly", (value) => {
    expect(roundAmount(value)).toBe(value);
  });

  it("rounds money to a millionth of a 万元", () => {
    expect(roundAmount(0.1 + 0.2)).toBe(0.3);
    expect(roundAmount(7.900012345)).toBe(7.900012);
  });
});
