import { readReportText } from "./read-report-text";
import { readFixture } from "../../../test/helpers/fixture";

// What the reader refuses to guess: tables it cannot read completely, and reports whose format or year is unclear.
const FIXTURE = readFixture();

function variant(from: string | RegExp, to: string): string {
  const changed = FIXTURE.replace(from, to);
  if (changed === FIXTURE && from !== to) throw new Error(`not in the fixture: ${String(from)}`);
  return changed;
}

const ROW_ONE = "\t（一）予以公开\n" + "\t0\u2002\n".repeat(3) + "\t\u20020\n" + "\t0\u2002\n".repeat(3);

const keysOf = (row: string): string[] =>
  ["natural", "commercial", "research", "publicInterest", "legal", "otherOrg", "total"].map((c) => `${row}.${c}`);

describe("a row that cannot be read leaves only its own cells unread, with the reason", () => {
  it.each([
    ["a deleted row", variant(ROW_ONE, ""), { code: "table.incomplete", reason: "rowMissing" }],
    [
      "a row one number short",
      variant(ROW_ONE, ROW_ONE.replace("\t0\u2002\n", "")),
      { code: "table.incomplete", reason: "tooFewNumbers", expected: 7, actual: 6 },
    ],
    [
      "a row with a number too many",
      variant(ROW_ONE, `${ROW_ONE}\t5\n`),
      { code: "table.ambiguous", reason: "tooManyNumbers", expected: 7, actual: 8 },
    ],
    ["a row written twice", variant(ROW_ONE, ROW_ONE + ROW_ONE), { code: "table.ambiguous", reason: "labelRepeated" }],
  ])("%s in table 三", (_, text, problem) => {
    const result = readReportText(text);
    expect(result.problems).toEqual([{ table: "applications", detail: "（一）予以公开", scope: "row", ...problem }]);
    expect(result.unread?.map((ref) => ref.key)).toEqual(keysOf("disclosed"));
    const applications = result.report?.tables.applications ?? {};
    expect(Object.keys(applications)).toHaveLength(23 * 7 - 7);
    expect(applications).not.toHaveProperty("disclosed.natural");
    expect(applications["partlyDisclosed.total"]).toBe(0);
    expect(result.report?.tables.disclosure["procurement.count"]).toBe(999);
    expect(result.report?.tables.appeals["review.total"]).toBe(0);
    expect(result.extraRows).toEqual([]);
  });

  it("leaves all of table 三 unread when its title is missing, and reads the others", () => {
    const result = readReportText(variant("三、收到和处理政府信息公开申请情况\n", "\n"));
    expect(result.problems).toEqual([{ code: "table.missing", table: "applications", scope: "table" }]);
    expect(result.report?.tables.applications).toEqual({});
    expect(result.unread).toHaveLength(23 * 7);
    expect(result.report?.tables.disclosure["procurement.amount"]).toBe(850);
  });

  it.each([
    [
      "a number missing",
      variant(/\t\u20020\n\t\u20020\n\t0\u2002\n/, "\t\u20020\n\t0\u2002\n"),
      "table.incomplete",
      "tooFewNumbers",
      14,
    ],
    ["a number too many", variant("\t0\n\n\n", "\t0\n\t0\n\n\n"), "table.ambiguous", "tooManyNumbers", 16],
  ])("leaves table 四 (one row) unread with %s", (_, text, code, reason, actual) => {
    const result = readReportText(text);
    expect(result.problems).toEqual([{ code, table: "appeals", reason, expected: 15, actual, scope: "table" }]);
    expect(result.report?.tables.appeals).toEqual({});
    expect(result.unread).toHaveLength(15);
    expect(Object.keys(result.report?.tables.applications ?? {})).toHaveLength(23 * 7);
  });

  it("reads an item whose 第二十条 heading is missing by its own row (行政事业性收费), with nothing to say", () => {
    const result = readReportText(variant("\t第二十条第（八）项\n", ""));
    expect(result.problems).toEqual([]);
    expect(result.report?.tables).toEqual(readReportText(FIXTURE).report?.tables);
  });

  it("leaves only the item of a missing 第二十条 heading unread when no label of its own is there either", () => {
    const result = readReportText(variant("\t第二十条第（八）项\n", "").replace("\t行政事业性收费\n", ""));
    expect(result.problems).toContainEqual({
      code: "table.incomplete",
      table: "disclosure",
      reason: "headingMissing",
      detail: "第二十条第（八）项",
      scope: "section",
    });
    expect(result.unread?.map((ref) => ref.key)).toEqual(["fees.lastYearItems", "fees.change"]);
    expect(result.report?.tables.disclosure["procurement.count"]).toBe(999);
  });

  it("reports numbers that belong to no row and reads every row", () => {
    const result = readReportText(variant("\t信息内容\n\t本年新", "\t信息内容\n\t7\n\t本年新"));
    expect(result.problems).toEqual([
      { code: "table.ambiguous", table: "disclosure", reason: "strayNumbers", detail: "7", scope: "none" },
    ]);
    expect(result.unread).toEqual([]);
    expect(result.report?.tables.disclosure["normativeDocs.made"]).toBe(4);
  });

  it("reports a figure row above the first 第二十条 heading instead of dropping it", () => {
    const result = readReportText(variant("\t第二十条第（一）项\n", "\t规章\n\t3\n\t3\n\t3\n\t第二十条第（一）项\n"));
    expect(result.problems).toEqual([
      { code: "table.ambiguous", table: "disclosure", reason: "beforeHeading", detail: "3 3 3", scope: "none" },
    ]);
    expect(result.report?.tables.disclosure["rules.made"]).toBe(0);
  });
});

describe("format and year", () => {
  it.each([
    [
      "a title with body and year",
      "威海市环翠区某局2019年政府信息公开工作年度报告",
      {},
      { year: 2019, body: "威海市环翠区某局" },
    ],
    [
      "a title with 年度 and full-width digits",
      "某局２０２０年度政府信息公开工作年度报告",
      {},
      { year: 2020, body: "某局" },
    ],
    ["a year hint over section 一", "政府信息公开工作年度报告", { year: 2020 }, { year: 2020, body: "" }],
  ])("%s", (_, title, hint, expected) => {
    const result = readReportText(variant("政府信息公开工作年度报告", title), hint);
    expect(result.report).toMatchObject({ format: "2019", ...expected });
    expect(result.problems).toEqual([]);
  });

  it("refuses a 2021-format reading of a 2019 report (the 2021 tables did not exist yet)", () => {
    const result = readReportText(FIXTURE, { format: "2021" });
    expect(result.report).toBeUndefined();
    expect(result.problems).toEqual([{ code: "format.unknown", reason: "yearMismatch", format: "2021", year: 2019 }]);
  });

  it("says neither is known for text with no tables and no year", () => {
    const result = readReportText("政府信息公开工作年度报告\n一、总体情况\n我局认真做好政府信息公开工作。");
    expect(result).toEqual({
      findings: [],
      problems: [{ code: "format.unknown" }, { code: "year.unknown" }],
      extraRows: [],
    });
  });

  it("takes the format from the year when no table label says it", () => {
    const result = readReportText("某局2025年政府信息公开工作年度报告\n一、总体情况\n无。");
    expect(result.report).toMatchObject({ format: "2021", year: 2025, body: "某局", text: { overview: "无。" } });
    expect(result.problems.map((p) => [p.code, p.table])).toEqual([
      ["table.missing", "disclosure"],
      ["table.missing", "applications"],
      ["table.missing", "appeals"],
    ]);
  });
});
