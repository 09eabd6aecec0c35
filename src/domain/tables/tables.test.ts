import { cellsOfTable, hasCell } from "../cells";
import { formats, formatForYear, type FormatDef } from "./formats";

const all = Object.values(formats);

describe("format definitions", () => {
  it.each([
    [2019, "2019"],
    [2020, "2019"],
    [2021, "2021"],
    [2025, "2021"],
  ])("a report for %i uses the %s format", (year, id) => {
    expect(formatForYear(year).id).toBe(id);
  });

  it.each(all)("format $id: cell keys are unique in every table", (format: FormatDef) => {
    for (const table of format.tables) {
      const keys = cellsOfTable(table).map((c) => c.ref.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it.each([
    ["2019", 23, 6 + 6 + 6 + 2 + 2],
    ["2021", 25, 6 + 1 + 2 + 1],
  ] as const)("format %s: table 三 has %i rows of 7, table 二 has %i cells, table 四 15", (id, rows, disclosure) => {
    const [d, a, p] = formats[id].tables.map((t) => cellsOfTable(t).length);
    expect([d, a, p]).toEqual([disclosure, rows * 7, 15]);
  });

  it.each(all)("format $id: every rule names cells that exist on some line", (format: FormatDef) => {
    for (const rule of format.rules) {
      const table = format.tables.find((t) => t.id === rule.table)!;
      const lines = table.sections.flatMap((s) => (rule.axis === "row" ? s.rows : s.columns));
      const others = table.sections.flatMap((s) => (rule.axis === "row" ? s.columns : s.rows)).map((x) => x.key);
      expect(lines.length).toBeGreaterThan(0);
      for (const term of [...rule.left, ...rule.right]) expect(others).toContain(term.at);
    }
  });

  it("keeps the official labels verbatim", () => {
    const labels = (id: "2019" | "2021") =>
      formats[id].tables.flatMap((t) => t.sections.flatMap((s) => [...s.rows, ...s.columns].map((x) => x.label)));
    expect(labels("2019")).toEqual(
      expect.arrayContaining([
        "本年新制作数量",
        "对外公开总数量",
        "其他对外管理服务事项",
        "采购总金额",
        "（六）其他处理",
      ]),
    );
    expect(labels("2021")).toEqual(
      expect.arrayContaining([
        "行政规范性文件",
        "本年收费金额（单位：万元）",
        "3.危及“三安全一稳定”",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
      ]),
    );
    expect(hasCell(formats["2021"], "applications", "otherHandling.total")).toBe(false);
    expect(hasCell(formats["2019"], "applications", "otherHandling.total")).toBe(true);
  });
});
