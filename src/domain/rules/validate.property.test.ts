import fc from "fast-check";
import { cellsOfTable } from "../cells";
import type { FormatId } from "../model";
import { formats } from "../tables/formats";
import { consistentReport } from "../__fixtures__/consistent-report";
import { validateReport } from "./validate";

const formatArb = fc.constantFrom<FormatId>("2019", "2021");
/** A stream of whole numbers as a person would report them: mostly small, now and then large. */
const drawsArb = fc.array(fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 5000 })), {
  minLength: 1,
  maxLength: 400,
});
const drawFrom = (draws: number[]) => {
  let i = 0;
  return () => draws[i++ % draws.length]!;
};

const checkedCells = (format: FormatId) =>
  formats[format].tables.filter((t) => t.id !== "disclosure").flatMap((t) => cellsOfTable(t).map((c) => c.ref));

describe("validateReport on generated reports", () => {
  it("finds no error in any consistent report", () => {
    fc.assert(
      fc.property(formatArb, drawsArb, (format, draws) => {
        const report = consistentReport(format, format === "2019" ? 2020 : 2024, drawFrom(draws));
        expect(validateReport(report).filter((f) => f.severity === "error")).toEqual([]);
      }),
    );
  });

  it("catches a change to any one cell of 三 or 四", () => {
    fc.assert(
      fc.property(
        formatArb,
        drawsArb,
        fc.nat(),
        fc.integer({ min: 1, max: 1000 }),
        fc.boolean(),
        (format, draws, pick, delta, down) => {
          const report = consistentReport(format, 2021, drawFrom(draws));
          const cells = checkedCells(format);
          const cell = cells[pick % cells.length]!;
          const values = report.tables[cell.table];
          const before = values[cell.key]!;
          // Lowering a cell below zero would be a different error (negative); keep to changes a person could make.
          values[cell.key] = down && before >= delta ? before - delta : before + delta;
          const errors = validateReport(report).filter((f) => f.severity === "error");
          expect(errors.length).toBeGreaterThan(0);
          expect(errors.flatMap((f) => f.cells)).toContainEqual(cell);
        },
      ),
    );
  });
});
