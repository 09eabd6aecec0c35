import { A1AddressError, fromA1, toA1 } from "./a1";

describe("A1 addresses", () => {
  it.each([
    [0, 0, "A1"],
    [4, 1, "B5"],
    [9, 25, "Z10"],
    [0, 26, "AA1"],
    [0, 51, "AZ1"],
    [0, 52, "BA1"],
    [0, 701, "ZZ1"],
    [0, 702, "AAA1"],
    [1048575, 16383, "XFD1048576"],
  ])("(%i, %i) is %s and reads back", (row, col, address) => {
    expect(toA1(row, col)).toBe(address);
    expect(fromA1(address)).toEqual({ row, col });
  });

  it.each(["$B$5", "b5", " B5 "])("reads %j as B5", (address) => {
    expect(fromA1(address)).toEqual({ row: 4, col: 1 });
  });

  it.each(["", "A0", "5B", "B5:C6", "Sheet1!B5", "B"])("rejects %j", (address) => {
    expect(() => fromA1(address)).toThrow(A1AddressError);
  });

  it("rejects a negative position", () => {
    expect(() => toA1(-1, 0)).toThrow(A1AddressError);
  });
});
