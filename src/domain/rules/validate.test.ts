import type { FormatId, Report } from "../model";
import { zeroReport } from "../report";
import { validateReport } from "./validate";
import { consistentReport } from "../__fixtures__/consistent-report";

const yearOf: Record<FormatId, number> = { "2019": 2019, "2021": 2025 };
const fixed = (): (() => number) => {
  let n = 0;
  return () => (n++ * 7) % 5;
};

type Case = [FormatId, string, (r: Report) => void, string[]];

const set = (table: keyof Report["tables"], values: Record<string, number>) => (r: Report) => {
  Object.assign(r.tables[table], values);
};

const failing: Case[] = (["2019", "2021"] as const).flatMap((f): Case[] => [
  [
    f,
    "row total off",
    set("applications", { "disclosed.total": 99 }),
    ["applications.rowTotal", "applications.resultTotal"],
  ],
  [
    f,
    "a leaf without its totals",
    set("applications", { "withheld.thirdParty.legal": 1 }),
    ["applications.rowTotal", "applications.resultTotal"],
  ],
  [
    f,
    "新收 + 结转 ≠ 办结 + 结转下年度",
    set("applications", {
      "newReceived.natural": 5,
      "newReceived.total": 5,
      "resultTotal.natural": 4,
      "disclosed.natural": 4,
      "disclosed.total": 4,
      "resultTotal.total": 4,
    }),
    ["applications.balance", "applications.balance"],
  ],
  [f, "appeal total off", set("appeals", { "suitDirect.pending": 2, "suitDirect.total": 1 }), ["appeals.total"]],
  [f, "negative count", set("appeals", { "review.upheld": -1, "review.total": -1 }), ["cell.value", "cell.value"]],
  [
    f,
    "decimal count",
    set("applications", { "carriedOut.otherOrg": 0.5 }),
    ["cell.value", "applications.rowTotal", "applications.balance"],
  ],
]);

const failing2019: Case[] = [
  [
    "2019",
    "对外公开总数量 < 本年新公开数量",
    set("disclosure", { "rules.published": 3, "rules.totalPublic": 2 }),
    ["disclosure.totalPublic"],
  ],
];

describe("validateReport", () => {
  it.each(["2019", "2021"] as const)("finds nothing wrong in a consistent %s report", (format) => {
    expect(validateReport(consistentReport(format, yearOf[format], fixed()))).toEqual([]);
  });

  it.each([...failing, ...failing2019])("%s format: %s", (format, _name, change, ruleIds) => {
    const report = zeroReport(format, yearOf[format], "某局");
    change(report);
    expect(
      validateReport(report)
        .map((f) => f.ruleId)
        .sort(),
    ).toEqual([...ruleIds].sort());
  });

  it("lets 本年增/减 be negative and money have decimals", () => {
    const report = zeroReport("2019", 2019, "某局");
    Object.assign(report.tables.disclosure, {
      "fees.change": -2,
      "licensing.change": 3,
      "procurement.amount": 7.90001,
    });
    expect(validateReport(report)).toEqual([]);
  });

  it("reports blank cells once per table, as a warning (a blank total of parts adding up to 0 says no more)", () => {
    const report = zeroReport("2021", 2025, "某局");
    delete report.tables.applications["carriedIn.total"];
    delete report.tables.applications["carriedOut.natural"];
    const findings = validateReport(report);
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: "cell.blank",
        severity: "warning",
        cells: [
          { table: "applications", key: "carriedIn.total" },
          { table: "applications", key: "carriedOut.natural" },
        ],
      }),
    ]);
  });

  it("names the balance's figures and cells", () => {
    const report = zeroReport("2021", 2025, "某局");
    Object.assign(report.tables.applications, {
      "newReceived.natural": 5,
      "newReceived.total": 5,
      "resultTotal.natural": 4,
      "disclosed.natural": 4,
    });
    Object.assign(report.tables.applications, { "resultTotal.total": 4, "disclosed.total": 4 });
    const balance = validateReport(report).filter((f) => f.ruleId === "applications.balance");
    expect(balance.map((f) => [f.code, f.actual, f.expected])).toEqual([
      ["balance.mismatch", 5, 4],
      ["balance.mismatch", 5, 4],
    ]);
    expect(balance[0]!.cells).toContainEqual({ table: "applications", key: "carriedOut.natural" });
    expect(balance[1]!.cells).toContainEqual({ table: "applications", key: "newReceived.total" });
  });
});

describe("carry-over checks", () => {
  const previousOf = (format: FormatId, year: number) => {
    const previous = zeroReport(format, year, "某局");
    previous.tables.applications["carriedOut.natural"] = 2;
    previous.tables.applications["carriedOut.total"] = 2;
    return previous;
  };

  it.each([
    ["2021", 2025, "2021", 2024],
    ["2021", 2021, "2019", 2020],
    ["2019", 2020, "2019", 2019],
  ] as const)(
    "%s report of %i against last year's %s report: 上年结转 must equal 结转下年度",
    (format, year, prevFormat, prevYear) => {
      const report = zeroReport(format, year, "某局");
      const findings = validateReport(report, { previous: previousOf(prevFormat, prevYear) });
      expect(findings.map((f) => [f.ruleId, f.cells[0]?.key, f.actual, f.expected])).toEqual([
        ["carryOver.applications", "carriedIn.natural", 0, 2],
        ["carryOver.applications", "carriedIn.total", 0, 2],
      ]);
    },
  );

  it("skips carry-over checks when last year is unknown", () => {
    const report = zeroReport("2021", 2025, "某局");
    report.tables.disclosure["rules.inForce"] = 9;
    expect(validateReport(report)).toEqual([]);
  });

  it("checks 现行有效件数 against last year's plus 制发 minus 废止 (2021)", () => {
    const previous = zeroReport("2021", 2024, "某局");
    previous.tables.disclosure["normativeDocs.inForce"] = 10;
    const report = zeroReport("2021", 2025, "某局");
    Object.assign(report.tables.disclosure, {
      "normativeDocs.issued": 3,
      "normativeDocs.repealed": 1,
      "normativeDocs.inForce": 12,
    });
    expect(validateReport(report, { previous })).toEqual([]);
    report.tables.disclosure["normativeDocs.inForce"] = 13;
    expect(validateReport(report, { previous })).toEqual([
      expect.objectContaining({ ruleId: "carryOver.inForce", severity: "warning", actual: 13, expected: 12 }),
    ]);
  });

  it("checks 上一年项目数量 against last year's plus its 本年增/减 (2019)", () => {
    const previous = zeroReport("2019", 2019, "某局");
    Object.assign(previous.tables.disclosure, { "licensing.lastYearItems": 20, "licensing.change": -3 });
    const report = zeroReport("2019", 2020, "某局");
    report.tables.disclosure["licensing.lastYearItems"] = 17;
    expect(validateReport(report, { previous })).toEqual([]);
    report.tables.disclosure["licensing.lastYearItems"] = 20;
    expect(validateReport(report, { previous })).toEqual([
      expect.objectContaining({ ruleId: "carryOver.items", actual: 20, expected: 17 }),
    ]);
  });
});
