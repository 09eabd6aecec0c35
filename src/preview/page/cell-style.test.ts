import type { CellFormat, Scalar } from "../workbook/model";
import { cellStyle } from "./cell-style";

describe("cellStyle", () => {
  it.each<[string, CellFormat | undefined, Scalar | undefined, Record<string, unknown>]>([
    ["numbers right-aligned by default", undefined, 12, { textAlign: "right", fontSize: "11pt", whiteSpace: "pre" }],
    ["text left-aligned by default", undefined, "自然人", { textAlign: "left" }],
    ["a fill as the background", { fill: "#FFF2CC" }, "", { backgroundColor: "#FFF2CC" }],
    [
      "bold 14 pt red font",
      { font: { bold: true, size: 14, color: "#FF0000" } },
      "",
      { fontWeight: 700, fontSize: "14pt", color: "#FF0000" },
    ],
    [
      "a named font first, CJK fallbacks after",
      { font: { name: "黑体" } },
      "",
      { fontFamily: expect.stringMatching(/^"黑体", .*Noto Sans CJK SC/) as unknown },
    ],
    [
      "centred across and vertically",
      { horizontalAlignment: "Center", verticalAlignment: "Center" },
      1,
      { textAlign: "center", verticalAlign: "middle" },
    ],
    ["wrapped text", { wrapText: true }, "长标题", { whiteSpace: "pre-wrap" }],
  ])("draws %s", (_case, format, value, expected) => {
    expect(cellStyle(format, value)).toMatchObject(expected);
  });

  it("draws a conditional format's fill and font colour over the cell's own", () => {
    const painted = cellStyle({ fill: "#F2F2F2", font: { color: "#000000" } }, 3, {
      fill: "#FFC7CE",
      fontColor: "#9C0006",
    });
    expect(painted).toMatchObject({ backgroundColor: "#FFC7CE", color: "#9C0006" });
    expect(cellStyle({ fill: "#F2F2F2" }, 3, {})).toMatchObject({ backgroundColor: "#F2F2F2" });
  });
});
