import { exceljsValidation, kindRule } from "./cell-kinds";

describe("kindRule: what a figure of each kind accepts and shows", () => {
  it.each([
    [
      "count",
      "件",
      { type: "whole", operator: "greaterThanOrEqual", formulae: [0] },
      "0",
      "请填写不小于 0 的整数（件）",
    ],
    [
      "count",
      "项",
      { type: "whole", operator: "greaterThanOrEqual", formulae: [0] },
      "0",
      "请填写不小于 0 的整数（项）",
    ],
    [
      "change",
      "项",
      { type: "whole", operator: "between", formulae: [-999_999_999, 999_999_999] },
      "+0;-0;0",
      "请填写整数（项），减少时填写负数，如 -2",
    ],
    [
      "money",
      "件",
      { type: "decimal", operator: "greaterThanOrEqual", formulae: [0] },
      'General"万元"',
      "请填写不小于 0 的金额（万元），最多 4 位小数",
    ],
  ] as const)("%s in a table counted in %s", (kind, unit, validation, numberFormat, message) => {
    expect(kindRule(kind, unit)).toMatchObject({ validation, numberFormat, alert: { title: "输入有误", message } });
  });

  it("names a money column's own number of decimals in its alert, and shows amounts without trailing zeros", () => {
    expect(kindRule("money", "件", 2)).toMatchObject({
      alert: { message: "请填写不小于 0 的金额（万元），最多 2 位小数" },
      // Not “850.0000万元”: General shows 850 and 0.5 as typed.
      numberFormat: 'General"万元"',
    });
  });

  it("turns a rule into an exceljs validation that stops a wrong value with the Chinese alert, blanks allowed", () => {
    expect(exceljsValidation(kindRule("count", "件"), "B5")).toEqual({
      type: "whole",
      operator: "greaterThanOrEqual",
      formulae: [0],
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: "error",
      errorTitle: "输入有误",
      error: "请填写不小于 0 的整数（件）",
    });
  });

  it("bounds an amount's places with a formula at its cell, as the add-in does: 1234.56789 万元 is refused", () => {
    expect(exceljsValidation(kindRule("money", "件"), "C16")).toMatchObject({
      type: "custom",
      formulae: ["AND(ISNUMBER(C16),C16>=0,C16=ROUND(C16,4))"],
      errorStyle: "error",
    });
  });
});
