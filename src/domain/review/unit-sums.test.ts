import { refId } from "../cells";
import type { CellRef, Report } from "../model";
import { zeroReport } from "../report";
import type { FoundCell, SheetOf } from "../workbook/sheet-cells";
import { withApplications } from "./__fixtures__/review-reports";
import type { ReviewInput } from "./batch";
import { unitSummarySheet } from "./unit-sums-sheet";
import {
  assessUnits,
  chooseUnits,
  countedUnits,
  planUnitSums,
  sumUnits,
  unitInput,
  type UnitAssessment,
} from "./unit-sums";

const region: SheetOf = { format: "2021", year: 2024, body: "某区人民政府" };
const received: CellRef = { table: "applications", key: "newReceived.natural" };
const fees: CellRef = { table: "disclosure", key: "fees.amount" };

/** A unit's consistent 2021-format report: `n` applications from natural persons, all disclosed. */
function unit(body: string, n: number, year = 2024): Report {
  return withApplications(zeroReport("2021", year, body), n);
}

const read = (file: string, report: Report): ReviewInput => unitInput({ file, ok: true, report, findings: [] });

const sumAt = (assessment: UnitAssessment, ref: CellRef) =>
  sumUnits(assessment).find((s) => refId(s.ref) === refId(ref))?.sum;

describe("which units are summed into the region's report", () => {
  it("sums every unit of the report's year and format, cell by cell, listed in the order picked", () => {
    const assessment = assessUnits(region, [
      read("甲镇.json", unit("某区甲镇人民政府", 3)),
      read("乙局.json", unit("某区乙局", 4)),
      read("丙局.json", unit("某区丙局", 5)),
    ]);
    expect(countedUnits(assessment).map((u) => u.body)).toEqual(["某区甲镇人民政府", "某区乙局", "某区丙局"]);
    expect(sumAt(assessment, received)).toBe(12);
  });

  it("leaves a cell blank only where every unit left it blank; otherwise a blank counts as 0", () => {
    const a = unit("某区乙局", 4);
    const b = unit("某区丙局", 5);
    delete a.tables.disclosure["fees.amount"];
    delete b.tables.disclosure["fees.amount"];
    delete a.tables.applications["newReceived.natural"];
    const assessment = assessUnits(region, [read("乙局.json", a), read("丙局.json", b)]);
    expect(sumAt(assessment, fees)).toBeUndefined();
    expect(sumAt(assessment, received)).toBe(5);
  });

  it("sums money to the millionth of a 万元, without floating-point dust", () => {
    const a = unit("某区乙局", 0);
    const b = unit("某区丙局", 0);
    a.tables.disclosure["fees.amount"] = 0.1;
    b.tables.disclosure["fees.amount"] = 0.2;
    expect(sumAt(assessUnits(region, [read("乙.json", a), read("丙.json", b)]), fees)).toBe(0.3);
  });

  it("refuses a unit of another year, of the other format, the report itself and a file it cannot read", () => {
    const assessment = assessUnits(region, [
      read("乙局2023.json", unit("某区乙局", 4, 2023)),
      read("丙局.json", withApplications(zeroReport("2019", 2024, "某区丙局"), 5)),
      read("本区.json", unit("某区政府", 9)),
      unitInput({ file: "坏.pdf", ok: false, errors: ["PDF 文件已损坏"] }),
      read("丁局.json", unit("某区丁局", 6)),
    ]);
    const why = Object.fromEntries(assessment.units.map((u) => [u.file, u.excluded]));
    expect(why).toEqual({
      "乙局2023.json": "otherYear",
      "丙局.json": "otherFormat",
      "本区.json": "ownReport",
      "坏.pdf": "unreadable",
      "丁局.json": undefined,
    });
    expect(sumAt(assessment, received)).toBe(6);
  });

  it("counts a unit sent twice (same figures) once, and neither version twice when the figures differ", () => {
    const same = assessUnits(region, [read("乙局.docx", unit("某区乙局", 4)), read("乙局.pdf", unit("某区 乙局", 4))]);
    expect(same.units.map((u) => u.excluded)).toEqual([undefined, "duplicate"]);
    expect(sumAt(same, received)).toBe(4);
    const versions = assessUnits(region, [
      read("乙局.docx", unit("某区乙局", 4)),
      read("乙局v2.docx", unit("某区乙局", 7)),
    ]);
    expect(versions.units.map((u) => [u.file, u.status, u.excluded])).toEqual([
      ["乙局.docx", "errors", undefined],
      ["乙局v2.docx", "errors", "otherVersion"],
    ]);
    expect(sumAt(versions, received)).toBe(4);
  });

  it("lists units with errors first, with their counts, and sums them only when the person keeps them", () => {
    const wrong = unit("某区乙局", 4);
    wrong.tables.applications["newReceived.total"] = 40;
    const assessment = assessUnits(region, [read("甲镇.json", unit("某区甲镇", 3)), read("乙局.json", wrong)]);
    const [first] = assessment.units;
    expect(first).toMatchObject({ file: "乙局.json", status: "errors", errors: expect.any(Number) as number });
    expect(first!.errors).toBeGreaterThan(0);
    expect(sumAt(chooseUnits(assessment, true), received)).toBe(7);
    const without = chooseUnits(assessment, false);
    expect(without.units[0]!.excluded).toBe("flagged");
    expect(sumAt(without, received)).toBe(3);
  });
});

describe("what is written into the report's cells", () => {
  const found = (ref: CellRef, formula: unknown, row = 10): FoundCell => ({
    ref,
    row,
    col: 3,
    value: formula,
    formula,
  });
  const cells = (...list: FoundCell[]) => new Map(list.map((c) => [refId(c.ref), c]));
  const total: CellRef = { table: "applications", key: "newReceived.total" };

  it("writes each sum over what the cell held (a second run replaces, never adds) and never a formula's cell", () => {
    const assessment = assessUnits(region, [
      read("乙局.json", unit("某区乙局", 4)),
      read("丙局.json", unit("某区丙局", 5)),
    ]);
    const writes = planUnitSums(
      cells(found(received, 12), found(total, "=SUM(I10:N10)"), found(fees, 0)),
      sumUnits(assessment),
    );
    expect(writes).toEqual([{ ref: received, row: 10, col: 3, write: 9, before: 12 }]);
  });

  it("blanks a cell that no unit filled, so an earlier sum does not stay behind; cells not found are skipped", () => {
    const a = unit("某区乙局", 4);
    delete a.tables.disclosure["fees.amount"];
    const writes = planUnitSums(cells(found(fees, 2.5)), sumUnits(assessUnits(region, [read("乙局.json", a)])));
    expect(writes).toEqual([{ ref: fees, row: 10, col: 3, write: "", before: 2.5 }]);
  });
});

describe("the 下级汇总 sheet", () => {
  it("lists every source with its status and whether it counts, then each cell's sum and figures", () => {
    const assessment = chooseUnits(
      assessUnits(region, [read("=乙局.json", unit("某区乙局", 4)), read("丙局2023.json", unit("某区丙局", 5, 2023))]),
      true,
    );
    const sheet = unitSummarySheet(assessment, sumUnits(assessment));
    expect(sheet.name).toBe("2024年下级汇总");
    expect(sheet.values[0]![0]).toBe("2024 年度下级报告汇总");
    expect(new Set(sheet.values.map((row) => row.length)).size).toBe(1);
    const sources = sheet.values.filter((row) => /\.json$/.test(String(row[1])));
    expect(sources.map((row) => [row[1], row[5], row[8]])).toEqual([
      ["=乙局.json", "通过", "计入"],
      ["丙局2023.json", "通过", "未计入"],
    ]);
    expect(sources[1]![9]).toBe("不是 2024 年度的报告");
    const receivedRow = sheet.values.find(
      (row) => row[1] === "一、本年新收政府信息公开申请数量" && row[2] === "自然人",
    );
    expect(receivedRow?.slice(3, 5)).toEqual([4, 4]);
    // A file named “=…” is text to Excel, not a formula.
    const at = sheet.values.findIndex((row) => row[1] === "=乙局.json");
    expect(sheet.numberFormats[at]![1]).toBe("@");
    expect(sheet.numberFormats[at]![0]).toBe("General");
  });
});
