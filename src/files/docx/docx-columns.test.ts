import { zeroReport } from "../../domain";
import { printedTables } from "../report-tables";
import { CELL_MARGIN, labelLines, tableGrid } from "./docx-columns";
import { SIZES, TEXT_WIDTH } from "./docx-style";

// The Word table's columns and its labels' lines (issue 17 point 8). That LibreOffice prints them so, no line wrapped
// again, is checked in test/docx-labels-whole.test.ts.

/** A cell wide enough for `ems` Chinese characters of the table's type, with its padding. */
const cellFor = (ems: number): number => ems * SIZES.table * 10 + 2 * CELL_MARGIN + 100;

describe("labelLines", () => {
  it("writes a label in lines of whole parts, as many to a line as fit", () => {
    expect(labelLines("（三）不予公开", cellFor(3))).toEqual(["（三）", "不予", "公开"]);
    expect(labelLines("（三）不予公开", cellFor(5))).toEqual(["（三）不予", "公开"]);
    expect(labelLines("（三）不予公开", cellFor(7))).toEqual(["（三）不予公开"]);
  });

  it("gives a part wider than its cell a line of its own rather than cutting it", () => {
    expect(labelLines("三、本年度办理结果", cellFor(2))).toEqual(["三、", "本年度", "办理", "结果"]);
  });
});

describe("tableGrid", () => {
  const [disclosure, applications] = printedTables(zeroReport("2021", 2023, "某县某局"));

  it("widens table 三's narrow label columns and 自然人's to their longest word, from the row labels' columns", () => {
    const proportional = tableGrid({ ...applications!, rows: [] });
    const grid = tableGrid(applications!);
    const threeCharacters = 3 * SIZES.table * 10 + 2 * CELL_MARGIN;
    // 三、本年度办理结果 and （三）不予公开 …: three characters, 本年度 and （三）, where the layout gives two and a half;
    // the first figure column, under 自然人, as much.
    for (const col of [0, 1, 8]) {
      expect(grid[col]).toBeGreaterThanOrEqual(threeCharacters);
      expect(proportional[col]).toBeLessThan(threeCharacters);
    }
    expect(grid.slice(9)).toEqual(proportional.slice(9));
    expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(TEXT_WIDTH);
  });

  it("keeps the layout's proportions where every column needs more, rather than run off the page", () => {
    const header = { text: "本年度", rowSpan: 1, colSpan: 1, role: "header" } as const;
    const crowded = { ...applications!, columnWidths: Array(20).fill(10), rows: [Array(20).fill(header)] };
    expect(tableGrid(crowded)).toEqual(Array(20).fill(Math.floor(TEXT_WIDTH / 20)));
  });

  it("leaves a table whose labels fit their columns in the layout's proportions", () => {
    expect(tableGrid(disclosure!)).toEqual(tableGrid({ ...disclosure!, rows: [] }));
  });
});
