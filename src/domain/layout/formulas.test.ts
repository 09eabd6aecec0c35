import fc from "fast-check";
import FormulaParser from "fast-formula-parser";
import { consistentReport } from "../__fixtures__/consistent-report";
import type { CellRef } from "../model";
import { computedCells } from "../rules/computed-cells";
import { ruleInstances } from "../rules/instances";
import { ruleKinds } from "../rules/kinds";
import { formats } from "../tables/formats";
import { fromA1 } from "./a1";
import { layoutTablesSheet } from "./layout";
import { addressOf } from "./lookup";
import type { SheetLayout } from "./sheet";
import { sumFormula } from "./totals";

// The totals the sheet computes, evaluated as Excel would with fast-formula-parser.

const refId = (ref: CellRef): string => `${ref.table}:${ref.key}`;

/** Every figure of a layout once the inputs are typed in: formulas evaluated until nothing changes. */
function evaluate(layout: SheetLayout, inputs: (ref: CellRef) => number): Map<string, number> {
  const values = new Map<string, number>();
  for (const cell of layout.cells)
    if (cell.role === "input" && cell.ref) values.set(`${cell.row},${cell.col}`, inputs(cell.ref));
  const formulas = layout.cells.filter((c) => c.formula);
  const at = (row: number, col: number): number | undefined => values.get(`${row - 1},${col - 1}`);
  const parser = new FormulaParser({
    onCell: ({ row, col }) => at(row, col),
    onRange: ({ from, to }) =>
      Array.from({ length: to.row - from.row + 1 }, (_, r) =>
        Array.from({ length: to.col - from.col + 1 }, (_, c) => at(from.row + r, from.col + c)),
      ),
  });
  // Totals of totals need as many passes as the deepest chain; a cycle would never settle.
  for (let pass = 0; pass <= formulas.length; pass++) {
    let changed = false;
    for (const cell of formulas) {
      const value = parser.parse((cell.formula ?? "").slice(1), { sheet: "", row: cell.row + 1, col: cell.col + 1 });
      if (typeof value !== "number") throw new Error(`${cell.formula} gave ${String(value)}`);
      changed ||= values.get(`${cell.row},${cell.col}`) !== value;
      values.set(`${cell.row},${cell.col}`, value);
    }
    if (!changed) break;
  }
  return new Map(layout.cells.flatMap((c) => (c.ref ? [[refId(c.ref), values.get(`${c.row},${c.col}`) ?? NaN]] : [])));
}

describe.each(["2019", "2021"] as const)("totals of the tables sheet, format %s", (formatId) => {
  const format = formats[formatId];
  const layout = layoutTablesSheet(format, 2025, "某市某局");
  const sums = ruleInstances(format).filter((i) => ruleKinds[i.rule.kind].computesLeft);
  const figures = layout.cells.filter((c) => c.ref);

  it("computes exactly the cells on the left of a sum: every 总计 and （七）总计", () => {
    const totals = new Set(figures.filter((c) => c.role === "total").map((c) => refId(c.ref!)));
    expect(totals).toEqual(computedCells(format));
    for (const cell of figures) expect(cell.formula === undefined).toBe(cell.role === "input");
  });

  it("reproduces every total of a consistent report", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(500), { minLength: 50, maxLength: 50 }), (draws) => {
        let i = 0;
        const report = consistentReport(formatId, 2025, () => draws[i++ % draws.length] ?? 0);
        const valueOf = (ref: CellRef): number => report.tables[ref.table][ref.key] ?? 0;
        const sheet = evaluate(layout, valueOf);
        for (const cell of figures) expect(sheet.get(refId(cell.ref!))).toBe(valueOf(cell.ref!));
      }),
      { numRuns: 15 },
    );
  });

  it("makes every sum hold whatever figures are typed", () => {
    const refs = figures.filter((c) => c.role === "input").map((c) => refId(c.ref!));
    fc.assert(
      fc.property(fc.array(fc.nat(10_000), { minLength: refs.length, maxLength: refs.length }), (typed) => {
        const byRef = new Map(refs.map((ref, i) => [ref, typed[i] ?? 0]));
        const sheet = evaluate(layout, (ref) => byRef.get(refId(ref)) ?? NaN);
        for (const instance of sums) {
          const side = (terms: typeof instance.left) =>
            terms.reduce((acc, t) => acc + t.sign * (sheet.get(refId(t.cell)) ?? NaN), 0);
          expect(side(instance.left)).toBe(side(instance.right));
        }
      }),
      { numRuns: 15 },
    );
  });

  it.each([
    ["newReceived.total", "newReceived.natural", "newReceived.otherOrg"],
    ["carriedOut.total", "carriedOut.natural", "carriedOut.otherOrg"],
    [
      "resultTotal.natural",
      "disclosed.natural",
      formatId === "2019" ? "otherHandling.natural" : "otherHandling.other.natural",
    ],
  ])("writes %s as one SUM over a range, as a person would", (total, first, last) => {
    const formula = layout.cells.find((c) => c.ref?.key === total && c.ref.table === "applications")?.formula;
    const address = (key: string) => addressOf(layout, { table: "applications", key });
    expect(formula).toBe(`=SUM(${address(first)}:${address(last)})`);
  });

  it.each(["review", "suitDirect", "suitAfterReview"])(
    "writes table 四's %s.total as the SUM of its four results",
    (group) => {
      const address = (column: string) => addressOf(layout, { table: "appeals", key: `${group}.${column}` });
      const formula = layout.cells.find((c) => c.ref?.key === `${group}.total`)?.formula;
      expect(formula).toBe(`=SUM(${address("upheld")}:${address("pending")})`);
    },
  );
});

const sumCases: [string, string][] = [
  ["B7", "=SUM(B7)"],
  ["B7 C7 D7", "=SUM(B7:D7)"],
  ["B7 B8 B9", "=SUM(B7:B9)"],
  ["B7 B9", "=SUM(B7,B9)"],
  ["B7 F7 J7", "=SUM(B7,F7,J7)"],
  ["B7 B9 B10 B11", "=SUM(B7,B9:B11)"],
  ["B7 C7 C8", "=SUM(B7:C7,C8)"],
  ["C7 B7", "=SUM(C7,B7)"],
];

describe("SUM formulas", () => {
  it.each(sumCases)("writes the cells %s as %s", (cells, formula) => {
    expect(sumFormula(cells.split(" ").map((address) => ({ ...fromA1(address), sign: 1 })))).toBe(formula);
  });

  it("subtracts minus terms", () => {
    expect(
      sumFormula([
        { row: 0, col: 0, sign: 1 },
        { row: 0, col: 1, sign: 1 },
        { row: 0, col: 2, sign: -1 },
      ]),
    ).toBe("=SUM(A1:B1)-SUM(C1)");
  });
});
