import { readFixture } from "../../../test/helpers/fixture";
import { readReportText } from "./read-report-text";

// Broken and hostile text (issue 11): what does not belong to the report is said, never swallowed, and whatever
// the size of a part, the reader returns a reading (bounded work; speed itself is measured in `npm run bench`).

const FIXTURE = readFixture();
const fixture = readReportText(FIXTURE);

function variant(from: string, to: string): string {
  if (!FIXTURE.includes(from)) throw new Error(`not in the fixture: ${from}`);
  return FIXTURE.replace(from, to);
}

describe("a second report in the same text", () => {
  const second = FIXTURE.replace("政府信息公开工作年度报告", "某局2020年政府信息公开工作年度报告").replace(
    "999件",
    "5件",
  );

  it("is reported, not swallowed into section 六; the first is read as it is", () => {
    const result = readReportText(`${FIXTURE}\n\n${second}`);
    expect(result.problems).toEqual([{ code: "report.second", detail: "某局2020年政府信息公开工作年度报告" }]);
    expect(result.report?.tables).toEqual(fixture.report?.tables);
    expect(result.report?.text.other).toBe(fixture.report?.text.other);
  });

  it("is found by its first heading again when it has no title line", () => {
    const result = readReportText(`${FIXTURE}\n${second.slice(second.indexOf("一、总体情况"))}`);
    expect(result.problems).toEqual([{ code: "report.second", detail: "一、总体情况" }]);
    expect(result.report?.tables.disclosure["procurement.count"]).toBe(999);
  });
});

describe("a table of contents before the report", () => {
  it("is not taken for a report of its own: the body after it is read", () => {
    const contents = [
      "一、总体情况",
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况",
      "六、其他需要报告的事项",
    ].join("\n");
    const result = readReportText(variant("政府信息公开工作年度报告\n", `政府信息公开工作年度报告\n${contents}\n`));
    expect(result.problems).toEqual([]);
    expect(result.report?.tables).toEqual(fixture.report?.tables);
    expect(result.report?.text).toEqual(fixture.report?.text);
  });
});

describe("very long parts", () => {
  it.each([
    ["60,000 digits", "1".repeat(60_000)],
    ["40,000 Chinese numerals", "二〇一九".repeat(10_000)],
    ["“2019年将继续” 20,000 times", "2019年将继续".repeat(20_000)],
  ])("section 一 with %s still reads every figure", (_, filler) => {
    const result = readReportText(variant("（一）加强组织领导。", `（一）${filler}加强组织领导。`));
    expect(result.report).toMatchObject({ format: "2019", year: 2019, tables: fixture.report?.tables });
  });

  it("a table with a line of a million pieces is read up to a bound, said, and the other tables read", () => {
    const result = readReportText(variant("\t信息内容\n", `\t信息内容\n${"5 ".repeat(1_000_000)}\n`));
    expect(result.problems).toContainEqual({
      code: "table.incomplete",
      table: "disclosure",
      reason: "tooLong",
      expected: 20_000,
      scope: "none",
    });
    expect(result.report?.tables.disclosure).toEqual({});
    expect(result.report?.tables.applications).toEqual(fixture.report?.tables.applications);
  });

  it("a table of 200,000 lines holding an unfinished label", () => {
    const result = readReportText(variant("\t信息内容\n", `\t信息内容\n${"\t规\n\n".repeat(200_000)}`));
    expect(result.problems.map((p) => p.reason)).toContain("tooLong");
    expect(result.report?.tables.appeals).toEqual(fixture.report?.tables.appeals);
  });
});
