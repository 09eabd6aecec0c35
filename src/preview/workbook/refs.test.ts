import { offsetRelativeRefs, parseSheetRef, rewriteRefs } from "./refs";

const moveDown = (formula: string): string =>
  rewriteRefs(formula, (ref) => ({
    ...ref,
    start: { ...ref.start, ...(ref.start.row === undefined ? {} : { row: ref.start.row + 1 }) },
    ...(ref.end ? { end: { ...ref.end, ...(ref.end.row === undefined ? {} : { row: ref.end.row + 1 }) } } : {}),
  }));

describe("formula references", () => {
  it.each([
    ["=SUM(B5:B9)", "=SUM(B6:B10)"],
    ["=$B$5+'2024年报表'!C3", "=$B$6+'2024年报表'!C4"],
    ['="A1 stays"&A1', '="A1 stays"&A2'],
    ["=LOG10(A1)+total_A1", "=LOG10(A2)+total_A1"],
    ["=SUM(5:7)+SUM(A:A)", "=SUM(6:8)+SUM(A:A)"],
  ])("rewrites %s as %s and leaves text, functions and names alone", (formula, expected) => {
    expect(moveDown(formula)).toBe(expected);
  });

  it("moves only relative parts when a rule's formula applies to another cell", () => {
    expect(offsetRelativeRefs("A1<=$B$1+B$1", 2, 1)).toBe("B3<=$B$1+C$1");
  });

  it.each([
    ["=Sheet1!$B$5", { sheet: "Sheet1", row: 4, col: 1 }],
    ["='2024年报表'!B5:C6", { sheet: "2024年报表", row: 4, col: 1 }],
    ["=0.5", undefined],
  ])("reads %s as a single reference", (text, expected) => {
    const ref = parseSheetRef(text);
    expect(ref ? { sheet: ref.sheet, row: ref.start.row, col: ref.start.col } : undefined).toEqual(expected);
  });
});
