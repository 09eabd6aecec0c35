import { evaluateFormula, formulaEvaluator, NotWorkedOut, type Shown } from "./formulas";

// Formulas as Excel works them out, for files that carry no results.

const grid = (cells: Record<string, Shown>) => (row: number, col: number) => cells[`${row},${col}`];

describe("evaluateFormula", () => {
  it.each([
    ["SUM(A1:C1)", { "1,1": 1, "1,2": 2, "1,3": 3 }, 6],
    ["SUM(A1:C1)", { "1,1": 1, "1,2": "999件", "1,3": 3 }, 4],
    ["SUM(A1:C1)", {}, 0],
    ["SUM(A1,A3:A4)-SUM(B1)", { "1,1": 5, "3,1": 1, "4,1": 2, "1,2": 3 }, 5],
    ["A1+1", { "1,1": "十二" }, "#VALUE!"],
    ["NOSUCHFUNCTION(1)", {}, "#NAME?"],
  ])("%s over %j shows %s (text in a range is ignored, as Excel does)", (formula, cells, shown) => {
    const result = evaluateFormula(formula, 9, 9, grid(cells));
    if (typeof shown === "string" && shown.startsWith("#")) expect(result).toMatch(/^#/);
    else expect(result).toBe(shown);
  });
});

describe("formulaEvaluator", () => {
  it("works out totals of totals on demand", () => {
    const formulas: Record<string, string> = { "1,3": "SUM(A1:B1)", "2,3": "SUM(A2:B2)", "3,3": "SUM(C1:C2)" };
    const shownAt = formulaEvaluator((r, c) => formulas[`${r},${c}`], grid({ "1,1": 1, "1,2": 2, "2,1": 3, "2,2": 4 }));
    expect(shownAt(3, 3)).toBe(10);
  });

  it("does not work out a cell that sums itself (no figure nobody wrote), instead of looping", () => {
    const shownAt = formulaEvaluator((r, c) => (r === 1 && c === 1 ? "SUM(A1:B1)" : undefined), grid({ "1,2": 2 }));
    expect(shownAt(1, 1)).toEqual(new NotWorkedOut("circular"));
  });

  it("tells the cells of a loop (A1 → B1 → C1 → A1) from a total that only reads one of them (D1)", () => {
    const formulas: Record<string, string> = { "1,1": "B1+1", "1,2": "C1+1", "1,3": "A1+1", "1,4": "SUM(A1:C1)" };
    const formulaAt = (r: number, c: number) => formulas[`${r},${c}`];
    // Whichever cell is asked first, the answer is the same.
    for (const first of [4, 1, 2, 3]) {
      const shownAt = formulaEvaluator(formulaAt, grid({}));
      shownAt(1, first);
      expect([1, 2, 3, 4].map((col) => (shownAt(1, col) as NotWorkedOut).reason)).toEqual([
        "circular",
        "circular",
        "circular",
        "circularInput",
      ]);
    }
  });
});
