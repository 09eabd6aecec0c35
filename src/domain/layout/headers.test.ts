import { formats } from "../tables/formats";
import { fromA1 } from "./a1";
import { layoutTablesSheet } from "./layout";
import { addressOf } from "./lookup";
import type { Merge, SheetLayout } from "./sheet";

// The header and label merges a person checks against the printed official tables.

const tableRows = (layout: SheetLayout, id: string) => layout.tables.find((t) => t.id === id);

/** The block a text occupies within one table: its merge, or its single cell. */
function blocksOf(layout: SheetLayout, table: string, text: string): Merge[] {
  const extent = tableRows(layout, table);
  return layout.cells
    .filter((c) => c.value === text && c.row >= (extent?.top ?? 0) && c.row <= (extent?.bottom ?? -1))
    .map(
      (c) =>
        layout.merges.find((m) => m.top === c.row && m.left === c.col) ?? {
          top: c.row,
          left: c.col,
          bottom: c.row,
          right: c.col,
        },
    );
}

const height = (m: Merge | undefined): number => (m ? m.bottom - m.top + 1 : 0);
const width = (m: Merge | undefined): number => (m ? m.right - m.left + 1 : 0);
const rowOf = (layout: SheetLayout, key: string): number =>
  fromA1(addressOf(layout, { table: "applications", key }) ?? "").row;
const colOf = (layout: SheetLayout, key: string): number =>
  fromA1(addressOf(layout, { table: "applications", key }) ?? "").col;

describe.each([
  // format, last leaf row, （六）其他处理: a row label over the two inner label columns (2019) or a group (2021)
  ["2019", "otherHandling.natural", { height: 1, left: 1, width: 2 }],
  ["2021", "otherHandling.other.natural", { height: 3, left: 1, width: 1 }],
] as const)("table 三 headers and labels, format %s", (formatId, lastLeaf, otherHandling) => {
  const layout = layoutTablesSheet(formats[formatId], 2025, "某市某局");
  const block = (text: string): Merge | undefined => blocksOf(layout, "applications", text)[0];

  it("merges 自然人 and 总计 down both header rows and 法人或其他组织 over its five columns", () => {
    expect([height(block("自然人")), width(block("自然人"))]).toEqual([2, 1]);
    expect([height(block("总计")), width(block("总计"))]).toEqual([2, 1]);
    expect([height(block("法人或其他组织")), width(block("法人或其他组织"))]).toEqual([1, 5]);
    expect(block("法人或其他组织")?.left).toBe(colOf(layout, "newReceived.commercial"));
    expect(block("商业企业")?.top).toBe((block("法人或其他组织")?.top ?? NaN) + 1);
  });

  it("puts 申请人情况 over all seven figure columns and merges the corner over the header rows", () => {
    const heading = block("申请人情况");
    expect(heading?.left).toBe(colOf(layout, "newReceived.natural"));
    expect(heading?.right).toBe(colOf(layout, "newReceived.total"));
    const corner = layout.merges.find((m) => m.top === heading?.top && m.left === 0);
    expect(height(corner)).toBe(3);
    expect(corner?.right).toBe((heading?.left ?? NaN) - 1);
  });

  it("merges 三、本年度办理结果 down over its rows, from （一）予以公开 to （七）总计", () => {
    const result = block("三、本年度办理结果");
    expect(result?.top).toBe(rowOf(layout, "disclosed.natural"));
    expect(result?.bottom).toBe(rowOf(layout, "resultTotal.natural"));
    expect(width(result)).toBe(1);
    expect(height(block("（三）不予公开"))).toBe(8);
    expect(block("（三）不予公开")?.left).toBe(1);
    expect(block("1.属于国家秘密")?.left).toBe(2);
    expect(rowOf(layout, lastLeaf)).toBe(rowOf(layout, "resultTotal.natural") - 1);
  });

  it("spreads a row label over the label columns its row has no group for", () => {
    const figures = colOf(layout, "newReceived.natural");
    expect(block("一、本年新收政府信息公开申请数量")).toMatchObject({ left: 0, right: figures - 1 });
    expect(block("四、结转下年度继续办理")).toMatchObject({ left: 0, right: figures - 1 });
    expect(block("（七）总计")).toMatchObject({ left: 1, right: figures - 1 });
  });

  it("shows （六）其他处理 as the format has it", () => {
    const other = block("（六）其他处理");
    expect({ height: height(other), left: other?.left, width: width(other) }).toEqual(otherHandling);
  });
});

describe.each(["2019", "2021"] as const)("table 四 headers, format %s", (formatId) => {
  const layout = layoutTablesSheet(formats[formatId], 2025, "某市某局");
  const blocks = (text: string): Merge[] => blocksOf(layout, "appeals", text);

  it("groups the 15 figures under 行政复议 and 行政诉讼 as printed", () => {
    const [review] = blocks("行政复议");
    const [suit] = blocks("行政诉讼");
    expect([height(review), width(review)]).toEqual([2, 5]);
    expect([height(suit), width(suit), suit?.top]).toEqual([1, 10, review?.top]);
    for (const text of ["未经复议直接起诉", "复议后起诉"]) {
      expect(blocks(text).map((m) => [m.top, width(m)])).toEqual([[(suit?.top ?? NaN) + 1, 5]]);
    }
  });

  it("repeats each column label under every group, above one row of 15 figures", () => {
    for (const text of ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]) {
      const placed = blocks(text);
      expect(placed).toHaveLength(3);
      expect(new Set(placed.map((m) => m.top)).size).toBe(1);
    }
    const figureRows = layout.cells.filter((c) => c.ref?.table === "appeals").map((c) => c.row);
    expect(figureRows).toHaveLength(15);
    expect(new Set(figureRows)).toEqual(new Set([(blocks("总计")[0]?.top ?? NaN) + 1]));
  });
});

it("shows the caption of table 三 under its title, across the frozen label area", () => {
  const layout = layoutTablesSheet(formats["2021"], 2025, "某市某局");
  const top = tableRows(layout, "applications")?.top ?? NaN;
  const caption = layout.cells.find((c) => c.row === top + 1);
  expect(caption).toMatchObject({ role: "caption", value: formats["2021"].tables[1]?.caption });
  expect(width(layout.merges.find((m) => m.top === top + 1))).toBe(layout.frozen?.columns);
});
