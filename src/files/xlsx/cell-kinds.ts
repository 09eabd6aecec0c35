import type { DataValidation } from "exceljs";
import { MONEY_DECIMALS, moneyValidationFormula, numberFormats, type ValueKind } from "../../domain";
import { xlsxStrings } from "./strings.zh-CN";

// How each kind of figure is typed into the .xlsx template: the data validation that refuses a wrong value (with a
// Chinese alert) and the number format that shows it. The number format is the domain's, shared with the add-in;
// the add-in keeps its own validation alerts (src/excel/strings.zh-CN.ts), worded differently.

/** What a cell of one kind accepts and how it shows its value. */
export type KindRule = {
  validation: {
    type: "whole" | "decimal";
    operator: "greaterThanOrEqual" | "between";
    formulae: number[];
  };
  /** Money: the places an amount may have, which only a custom formula at the cell's address can bound. */
  decimals?: number;
  /** Shown in the alert when a typed value is refused. */
  alert: { title: string; message: string };
  /** Excel number format code. */
  numberFormat: string;
};

/** The widest whole number 本年增/减 may hold either way; Excel's whole-number rule needs bounds. */
const CHANGE_LIMIT = 999_999_999;
const DEFAULT_MONEY_DECIMALS = MONEY_DECIMALS;

/** The rule for a figure of a kind; `unit` is the table's count unit (件 or 项), `decimals` a money column's. */
export function kindRule(kind: ValueKind, unit: string, decimals = DEFAULT_MONEY_DECIMALS): KindRule {
  const alert = (message: string) => ({ title: xlsxStrings.invalidTitle, message });
  switch (kind) {
    case "count":
      return {
        validation: { type: "whole", operator: "greaterThanOrEqual", formulae: [0] },
        alert: alert(xlsxStrings.invalidCount(unit)),
        numberFormat: numberFormats.count,
      };
    case "change":
      return {
        validation: { type: "whole", operator: "between", formulae: [-CHANGE_LIMIT, CHANGE_LIMIT] },
        alert: alert(xlsxStrings.invalidChange(unit)),
        numberFormat: numberFormats.change,
      };
    case "money":
      return {
        validation: { type: "decimal", operator: "greaterThanOrEqual", formulae: [0] },
        decimals,
        alert: alert(xlsxStrings.invalidMoney(decimals)),
        numberFormat: numberFormats.money,
      };
  }
}

/**
 * The rule as exceljs writes it on the cell at `address` (A1): blanks allowed (validation reports them), a stop alert
 * otherwise. Money becomes the add-in's custom formula (moneyValidationFormula), so 1234.56789 万元 is refused here too.
 */
export function exceljsValidation(rule: KindRule, address: string): DataValidation {
  const test: Pick<DataValidation, "type" | "operator" | "formulae"> =
    rule.decimals === undefined
      ? rule.validation
      : { type: "custom", formulae: [moneyValidationFormula(address, rule.decimals)] };
  return {
    ...test,
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "error",
    errorTitle: rule.alert.title,
    error: rule.alert.message,
  };
}
