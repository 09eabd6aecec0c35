import { findCell } from "../cells";
import { displayWidth } from "../layout/widths";
import { formats } from "../tables/formats";
import { fileLabel } from "./body-name";
import { statusLabels } from "./sheets.zh-CN";
import type { UnitAssessment, UnitRow, UnitSum } from "./unit-sums";
import { countedUnits } from "./unit-sums";
import { exclusionReasons, unitSheetName, unitSheetTitle, unitSheetWords as words } from "./unit-sums.zh-CN";

// The 下级汇总 sheet as data: every picked file with its status and whether it counts, then every cell of the report
// with the sum and each counted unit's figure (cells down, units across: a region has more cells than units).

/** A cell of the sheet: text, a number, or blank (""). */
export type UnitSheetValue = string | number;

/**
 * The sheet's name, its rows (all of one width) and each cell's number format: "@" for text, so that a file or body
 * named “=…” or “+…” stays text (Excel reads such a value as a formula), "General" for figures and blanks.
 */
export type UnitSheet = {
  name: string;
  values: UnitSheetValue[][];
  numberFormats: string[][];
  /** Each column's width in characters (a wide character counts 2), from its headings and values. */
  columnWidths: number[];
};

/** The title and note run across the row; columns are as wide as what sits below them, within reason. */
const HEAD_ROWS = 2;
const [MIN_WIDTH, MAX_WIDTH] = [6, 40];

function sourceRow(unit: UnitRow, index: number, target: UnitAssessment["target"]): UnitSheetValue[] {
  const why = unit.excluded ? exclusionReasons[unit.excluded](target) : "";
  const reasons = [why, ...unit.reasons].filter((text) => text !== "").join("；");
  return [
    index + 1,
    fileLabel(unit.file),
    unit.body || words.unknownBody,
    unit.year ?? "",
    unit.format ?? "",
    statusLabels[unit.status],
    unit.errors,
    unit.warnings,
    unit.excluded ? words.notCounted : words.counted,
    reasons,
  ];
}

function figureRows(assessment: UnitAssessment, sums: readonly UnitSum[]): UnitSheetValue[][] {
  const format = formats[assessment.target.format];
  return sums.map(({ ref, sum, values }) => {
    const cell = findCell(format, ref);
    const table = format.tables.find((t) => t.id === ref.table)?.title.split("、")[0] ?? ref.table;
    const group = cell?.row.groups?.at(-1);
    const row = cell
      ? group && group !== "三、本年度办理结果"
        ? `${group}${cell.row.label}`
        : cell.row.label
      : ref.key;
    const column = cell ? [...(cell.column.groups ?? []), cell.column.label].join("·") : "";
    return [table, row, column, sum ?? "", ...values.map((v) => v ?? "")];
  });
}

/** The 下级汇总 sheet of a summing: the sources (worst first), then the figures behind every sum. */
export function unitSummarySheet(assessment: UnitAssessment, sums: readonly UnitSum[]): UnitSheet {
  const { target, units } = assessment;
  const counted = countedUnits(assessment);
  const rows: UnitSheetValue[][] = [
    [unitSheetTitle(target.year)],
    [words.note(target.body, counted.length, units.length - counted.length)],
    [],
    [words.sourcesHeading],
    [...words.sourceHeadings],
    ...units.map((unit, index) => sourceRow(unit, index, target)),
    [],
    [words.figuresHeading],
    [...words.figureHeadings, ...counted.map((unit) => unit.body || fileLabel(unit.file))],
    ...figureRows(assessment, sums),
  ];
  const width = Math.max(...rows.map((row) => row.length));
  const values = rows.map((row) => [...row, ...Array<UnitSheetValue>(width - row.length).fill("")]);
  const numberFormats = values.map((row) => row.map((v) => (typeof v === "string" && v !== "" ? "@" : "General")));
  const columnWidths = Array.from({ length: width }, (_, col) => {
    const widest = Math.max(...values.slice(HEAD_ROWS).map((row) => displayWidth(String(row[col] ?? ""))));
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
  });
  return { name: unitSheetName(target.year), values, numberFormats, columnWidths };
}
