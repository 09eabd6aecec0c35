import type { ValueKind } from "../model";

// How a figure shows in a cell, the same in the add-in's sheets and the .xlsx template: one definition, so a
// change never shows “+2” in one and “2” in the other.

/** The unit money is kept in, shown after an amount: the 2019 header 采购总金额 names none. */
export const MONEY_UNIT = "万元";

/**
 * The Excel number format of each kind of figure: counts as whole numbers; a change with its sign, as published
 * reports write it (“+2”, “-1”, a bare 0); money as typed, up to its decimals with no trailing zeros (General
 * shows 850 as “850”, 0.5 as “0.5”; a fixed “0.0000” showed “850.0000”), followed by its unit.
 */
export const numberFormats: Readonly<Record<ValueKind, string>> = {
  count: "0",
  change: "+0;-0;0",
  money: `General"${MONEY_UNIT}"`,
};

/**
 * The decimals a 万元 amount may have: 4, to the yuan. The spec gives fees.amount “up to 4 decimals” and both money
 * columns declare 4; a fifth place (1234.56789 万元) is a tenth of a yuan no report states, so a typing slip.
 */
export const MONEY_DECIMALS = 4;

/**
 * Excel's test, as a data-validation formula for the cell at `address` (A1, relative): an amount ≥ 0 with at most
 * `decimals` places. Excel's own Decimal rule bounds the value but not its places, hence a custom formula.
 */
export function moneyValidationFormula(address: string, decimals = MONEY_DECIMALS): string {
  return `AND(ISNUMBER(${address}),${address}>=0,${address}=ROUND(${address},${decimals}))`;
}
