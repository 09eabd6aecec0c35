import { cellsOfTable } from "../cells";
import { formats } from "../tables/formats";
import { parseRangeName, rangeName, sheetNames, sheetOfNameFormula, textRangeName } from "./names";

// What Excel accepts as a defined name: a letter or "_" first, then letters, digits, "_" and "."; at most
// 255 characters; nothing that reads as an A1 or R1C1 reference.
const isExcelName = (name: string): boolean =>
  /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) &&
  name.length <= 255 &&
  !/^[A-Za-z]{1,3}[0-9]+$/.test(name) &&
  !/^[Rr][0-9]*[Cc][0-9]*$/.test(name);

describe.each(["2019", "2021"] as const)("workbook names, format %s", (formatId) => {
  const format = formats[formatId];
  const refs = format.tables.flatMap(cellsOfTable).map((cell) => cell.ref);

  it("gives every cell a valid Excel name that reads back to its key", () => {
    for (const ref of refs) {
      const name = rangeName(2025, ref);
      expect(isExcelName(name)).toBe(true);
      expect(parseRangeName(name)).toEqual({ year: 2025, ref });
    }
  });

  it("gives cells names that differ even when Excel ignores case", () => {
    const names = refs.map((ref) => rangeName(2025, ref).toLowerCase());
    expect(new Set(names).size).toBe(refs.length);
  });

  it("names each prose section and reads it back", () => {
    for (const section of format.text) {
      const name = textRangeName(2025, section.key);
      expect(isExcelName(name)).toBe(true);
      expect(parseRangeName(name)).toEqual({ year: 2025, section: section.key });
    }
  });
});

describe("names that are not ours", () => {
  it.each(["Print_Area", "nb_2025_budget_rules.issued", "nb_2025_text_summary", "nb_x_appeals_review.total", ""])(
    "%j stands for nothing",
    (name) => {
      expect(parseRangeName(name)).toBeUndefined();
    },
  );

  it("the examples of the spec read as expected", () => {
    expect(rangeName(2025, { table: "applications", key: "newReceived.natural" })).toBe(
      "nb_2025_applications_newReceived.natural",
    );
    expect(textRangeName(2019, "overview")).toBe("nb_2019_text_overview");
  });
});

describe("sheet names", () => {
  it.each([2019, 2020, 2025, 2100])("are valid and distinct for %i", (year) => {
    const { tables, text } = sheetNames(year);
    for (const name of [tables, text]) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
      expect(name.startsWith(String(year))).toBe(true);
    }
    expect(tables).not.toBe(text);
  });

  it("reads as a person expects", () => {
    expect(sheetNames(2025)).toEqual({ tables: "2025年报表", text: "2025年文字" });
  });
});

describe("the sheet a name refers to", () => {
  it.each([
    ["='2025年报表'!$I$23", "2025年报表"],
    ["=报表!$I$23", "报表"],
    ["='局''s 报表'!$A$1:$B$2", "局's 报表"],
    ["=#REF!", undefined],
    ["='旧表'!#REF!", undefined],
    ["=42", undefined],
  ])("reads %s as %s", (formula, sheet) => {
    expect(sheetOfNameFormula(formula)).toBe(sheet);
  });
});
