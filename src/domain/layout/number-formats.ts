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
