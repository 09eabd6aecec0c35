import type { CellFormat, Scalar } from "../workbook/model";
import type { CellSnapshot } from "../workbook/snapshot";
import type { LaidCell } from "./sheet-layout";
import { fitRowText, NO_GRIDLINE, type TextMeasure } from "./text-spill";

// Every character 10 px wide: a cell 64 px wide holds 5 of them (its paddings and line take 7 px).
const measure: TextMeasure = (text) => text.length * 10;
const widths = Array.from({ length: 8 }, () => 64);

function laid(col: number, value?: Scalar, format: CellFormat = {}): LaidCell {
  const cell: CellSnapshot | undefined =
    value === undefined
      ? undefined
      : {
          row: 0,
          col,
          address: `${"ABCDEFGH"[col]}1`,
          value,
          text: String(value),
          numberFormat: "General",
          format,
          locked: true,
        };
  return {
    row: 0,
    col,
    address: `${"ABCDEFGH"[col]}1`,
    rowSpan: 1,
    colSpan: 1,
    cell,
    lines: {},
    shown: cell?.text ?? "",
    spillPx: 0,
  };
}

const twenty = "申请人以政府信息公开申请的形式进行信访投诉";
const row = (...values: (Scalar | undefined)[]) => values.map((value, col) => laid(col, value));

describe("fitRowText", () => {
  it("runs long text on over as many empty cells as it needs, leaving out the gridlines it crosses", () => {
    // 12 characters: 120 px, over A (57 px of room) and B and C (64 px each).
    const [a, b, c, d] = fitRowText(row("申请人以政府信息公开申请", "", undefined, undefined), widths, 0, measure);
    expect(a?.spillPx).toBe(57 + 64);
    expect([a?.lines.borderRight, b?.lines.borderRight, c?.lines.borderRight]).toEqual([
      NO_GRIDLINE,
      undefined,
      undefined,
    ]);
    expect(d?.spillPx).toBe(0);
  });

  it("stops at the first cell that holds something, and keeps short text in its cell", () => {
    // 20 characters would need A to D; C holds x.
    const [a, , c] = fitRowText(row(twenty, undefined, "x", "办结"), widths, 0, measure);
    expect(a?.spillPx).toBe(57 + 64);
    expect(c?.spillPx).toBe(0);
    const [cut] = fitRowText(row("申请人以政府信息公开申请", "x"), widths, 0, measure);
    expect(cut).toMatchObject({ spillPx: 0, lines: {} });
  });

  it("keeps wrapped, centred and merged text in its cell, and a frozen column's text in the frozen pane", () => {
    const text = "申请人以政府信息公开申请";
    expect(fitRowText([laid(0, text, { wrapText: true }), laid(1)], widths, 0, measure)[0]?.spillPx).toBe(0);
    expect(
      fitRowText([laid(0, text, { horizontalAlignment: "Center" }), laid(1)], widths, 0, measure)[0]?.spillPx,
    ).toBe(0);
    expect(fitRowText([{ ...laid(0, text), colSpan: 2 }, laid(2)], widths, 0, measure)[0]?.spillPx).toBe(0);
    // Frozen A:B: A's text runs on over B, not past it into C.
    expect(fitRowText(row(twenty, undefined, undefined, undefined), widths, 2, measure)[0]?.spillPx).toBe(57 + 64);
    expect(fitRowText(row(undefined, twenty, undefined), widths, 2, measure)[1]?.spillPx).toBe(0);
  });

  it("shows a number too wide for its cell as #### filling it, and leaves one that fits", () => {
    const [wide, fits] = fitRowText(row(1234567890123, 12345), widths, 0, measure);
    expect(wide?.shown).toBe("#####");
    expect(fits?.shown).toBe("12345");
  });
});
