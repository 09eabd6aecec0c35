import { cellAddress, type Rect } from "../workbook/address";
import type { Border, BorderSide, CellFormat } from "../workbook/model";
import { linesOf } from "./cell-lines";

const thin: Border = { style: "Continuous", color: "#000000" };
const thick: Border = { style: "Continuous", color: "#000000", weight: "Thick" };

/** A sheet's formats by address, as the layout looks them up. */
function formats(byAddress: Record<string, Partial<Record<BorderSide, Border>>>) {
  return (row: number, col: number): CellFormat | undefined => {
    const borders = byAddress[cellAddress(row, col)];
    return borders ? { borders } : undefined;
  };
}
const cell = (row: number, col: number): Rect => ({ top: row, left: col, bottom: row, right: col });

describe("linesOf", () => {
  it("draws a cell's own right and bottom borders, thin and thick", () => {
    const at = formats({ B2: { EdgeRight: thin, EdgeBottom: thick } });
    expect(linesOf(at, cell(1, 1))).toEqual({ borderRight: "1px solid #000000", borderBottom: "3px solid #000000" });
  });

  it("draws the line a neighbour's left or top border sets on the edge they share, once", () => {
    const at = formats({ C2: { EdgeLeft: thin }, B3: { EdgeTop: thin } });
    expect(linesOf(at, cell(1, 1))).toEqual({ borderRight: "1px solid #000000", borderBottom: "1px solid #000000" });
    // The neighbours themselves draw no left or top line: it would double the one drawn by B2.
    expect(linesOf(at, cell(1, 2))).toEqual({});
    expect(linesOf(at, cell(2, 1))).toEqual({});
  });

  it("draws left and top lines only along the sheet's first column and row", () => {
    const at = formats({ A1: { EdgeLeft: thin, EdgeTop: thin } });
    expect(linesOf(at, cell(0, 0))).toEqual({ borderLeft: "1px solid #000000", borderTop: "1px solid #000000" });
  });

  it("draws a merged area's right and bottom borders from the cells on those edges", () => {
    // A border set on B2:D3's edges is stored on D2:D3 (right) and B3:D3 (bottom); the grid draws B2 spanning all.
    const at = formats({ D2: { EdgeRight: thin }, B3: { EdgeBottom: thin } });
    expect(linesOf(at, { top: 1, left: 1, bottom: 2, right: 3 })).toEqual({
      borderRight: "1px solid #000000",
      borderBottom: "1px solid #000000",
    });
  });

  it("draws no line for a border whose style is None, falling back to the neighbour's", () => {
    const at = formats({ B2: { EdgeRight: { style: "None", color: "#000000" } }, C2: { EdgeLeft: thick } });
    expect(linesOf(at, cell(1, 1))).toEqual({ borderRight: "3px solid #000000" });
    expect(linesOf(formats({ B2: { EdgeLeft: { style: "None", color: "#000000" } } }), cell(1, 1))).toEqual({});
  });
});
