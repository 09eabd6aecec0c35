// Host-neutral decisions about a report inside a spreadsheet: read values in; findings (folded once) and fixes out as
// data. src/excel only loads, syncs and writes what these decide.
export {
  isFormula,
  readSheetValues,
  type FoundCell,
  type SheetOf,
  type SheetReading,
  type SheetValues,
} from "./sheet-cells";
export { checkSheet, layoutOf, type SheetCheck, type SheetCheckInput } from "./live-check";
export { planQuickFix, type CellWrite } from "./fix-writes";
export { brokenTotals, positionsIn, shiftFormula, type BrokenTotal } from "./total-formulas";
