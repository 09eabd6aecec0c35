import type { CellDef } from "./cells";
import type { CellRef, Finding, TableId } from "./model";
import { readCell } from "./read-cell";

/**
 * A one-click repair the add-in offers on a finding: fill a table's blank input cells with 0, turn cells holding
 * text that reads as a number (“３”, “1,000”, “3件”) into that number, or put a total's formula back (恢复公式).
 */
export type QuickFix =
  | { kind: "fillBlanks"; table: TableId }
  | { kind: "toNumber"; cells: CellRef[] }
  | { kind: "restoreFormula"; cells: CellRef[] };

/** The number a figure cell's text stands for when it fits the cell's column (its kind and unit), else undefined. */
export function numberFromText(text: string, cell: CellDef): number | undefined {
  const reading = readCell(text, cell, "workbook");
  return reading.findings.some((f) => f.severity === "error") ? undefined : reading.value;
}

/**
 * The quick fix a finding offers: blank-cell warnings fill their table with 0; a total typed over gets its formula
 * back; text in a figure cell (or a unit typed
 * with it) that reads as a number becomes the number. The reader puts that number in `expected` (cell.text) or
 * `actual` (cell.unitTyped); without it there is nothing safe to write.
 */
export function quickFixOf(finding: Finding): QuickFix | undefined {
  const [first] = finding.cells;
  if (!first) return undefined;
  if (finding.code === "cell.blank") return { kind: "fillBlanks", table: first.table };
  if (finding.code === "cell.formulaLost") return { kind: "restoreFormula", cells: finding.cells };
  if (finding.code === "cell.text" && finding.expected !== undefined) return { kind: "toNumber", cells: finding.cells };
  if (finding.code === "cell.unitTyped" && finding.actual !== undefined)
    return { kind: "toNumber", cells: finding.cells };
  return undefined;
}
