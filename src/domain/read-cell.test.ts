import { findCell, type CellDef } from "./cells";
import { readCell, type CellSource } from "./read-cell";
import type { CellRef } from "./model";
import { formats } from "./tables/formats";

const cellOf = (format: "2019" | "2021", ref: CellRef): CellDef => findCell(formats[format], ref)!;
const count = cellOf("2021", { table: "applications", key: "newReceived.natural" });
const change = cellOf("2019", { table: "disclosure", key: "licensing.change" });
const amount2019 = cellOf("2019", { table: "disclosure", key: "procurement.amount" });
const fees2021 = cellOf("2021", { table: "disclosure", key: "fees.amount" });

const codes = (raw: string | number | null, cell: CellDef, source: CellSource = "text") =>
  readCell(raw, cell, source).findings.map((f) => f.code);

describe("readCell", () => {
  it.each([
    ["12", 12],
    ["１２", 12],
    ["　0", 0],
    ["\u20020 ", 0],
    ["1,234", 1234],
    ["１，２３４", 1234],
    ["999件", 999],
    [" 7 项", 7],
    [42, 42],
  ])("reads the count %j as %p", (raw, value) => {
    expect(readCell(raw, count, "text")).toEqual({ value, blank: false, findings: [] });
  });

  it.each(["", "  ", "　", "/", "-", "—", "--", "不适用", "无", null])("reads %j as a blank cell", (raw) => {
    expect(readCell(raw, count, "text")).toEqual({ value: undefined, blank: true, findings: [] });
  });

  it.each([
    ["十二", "cell.notNumber"],
    ["12a", "cell.notNumber"],
    ["1.5", "cell.notWhole"],
    ["-1", "cell.negative"],
    ["－3", "cell.negative"],
    ["\u22123", "cell.negative"],
    ["3万元", "cell.wrongUnit"],
  ])("refuses the count %j with %s", (raw, code) => {
    const reading = readCell(raw, count, "text");
    expect(reading.value).toBeUndefined();
    expect(reading.findings).toEqual([
      expect.objectContaining({ code, ruleId: "cell.value", severity: "error", quote: raw }),
    ]);
  });

  it.each([
    ["+2", 2],
    ["-1", -1],
    ["－1", -1],
    ["0", 0],
  ])("reads 本年增/减 %j as %p", (raw, value) => {
    expect(readCell(raw, change, "text").value).toBe(value);
  });

  it.each([
    ["850万元", 850, []],
    ["79000.1元", 7.90001, []],
    ["251000元", 25.1, []],
    ["850", 850, ["cell.unitMissing"]],
    ["12.5", 12.5, ["cell.unitMissing"]],
  ])("reads the 2019 采购总金额 %j as %p 万元", (raw, value, findings) => {
    expect(readCell(raw, amount2019, "text").value).toBe(value);
    expect(codes(raw, amount2019)).toEqual(findings);
  });

  it("takes a bare amount under a header that names 万元 without a warning", () => {
    expect(readCell("3.25", fees2021, "text")).toEqual({ value: 3.25, blank: false, findings: [] });
  });

  it("never rescales money without an explicit unit, even from a workbook", () => {
    expect(readCell(79000.1, amount2019, "workbook").value).toBe(79000.1);
  });

  it("warns that a unit typed in a workbook cell is text to Excel, and still reads the number", () => {
    const reading = readCell("999件", count, "workbook");
    expect(reading.value).toBe(999);
    expect(reading.findings).toEqual([
      expect.objectContaining({ ruleId: "cell.unit", code: "cell.unitTyped", actual: 999 }),
    ]);
  });
});
