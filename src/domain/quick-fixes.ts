import { refId, type CellDef } from "./cells";
import type { CellRef, Finding, TableId } from "./model";
import { readCell } from "./read-cell";
import { computedCells } from "./rules/computed-cells";
import type { RuleDef } from "./rules/rule";
import { formats, type FormatDef } from "./tables/formats";

/** The carry-over rules of every format, by id, with their format: their findings can be fixed from last year's. */
const carryOverRules: ReadonlyMap<string, { rule: RuleDef; format: FormatDef }> = new Map(
  Object.values(formats).flatMap((format) =>
    format.rules.filter((rule) => rule.kind === "carryOver").map((rule) => [rule.id, { rule, format }] as const),
  ),
);

/**
 * A one-click repair the add-in offers on a finding: fill a table's blank input cells with 0, turn cells holding
 * text that reads as a number (“３”, “1,000”, “3件”) into that number, put a total's formula back (恢复公式), or write
 * what last year's report says into a cell it determines: 上年结转 from its 结转下年度 (`carryOver`), or a figure that
 * starts from last year's and adds this year's (`fromLastYear`: 现行有效件数, 上一年项目数量).
 */
export type QuickFix =
  | { kind: "fillBlanks"; table: TableId }
  | { kind: "toNumber"; cells: CellRef[] }
  | { kind: "restoreFormula"; cells: CellRef[] }
  | { kind: "carryOver" | "fromLastYear"; cells: CellRef[] };

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
  if (finding.code === "carryOver.mismatch" || (finding.code === "side.blank" && finding.detail === "left")) {
    const carried = carryOverRules.get(finding.ruleId);
    // A total (总计's 上年结转) is the sheet's formula: it follows once its figures are fixed, and writing it would
    // only be refused, so a fix there would be a button that does nothing.
    if (!carried || computedCells(carried.format).has(refId(first))) return undefined;
    // 上年结转 is last year's 结转下年度 alone; the others add this year's figures to last year's.
    return { kind: carried.rule.right.length === 1 ? "carryOver" : "fromLastYear", cells: [first] };
  }
  return undefined;
}
