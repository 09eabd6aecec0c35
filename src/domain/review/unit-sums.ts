import { cellsOfTable, refId } from "../cells";
import { checkReport } from "../check-report";
import type { Dismissal } from "../dismissals";
import type { CellRef, Finding, FormatId, Report, Severity } from "../model";
import { formats } from "../tables/formats";
import { roundAmount, valueAt } from "../values";
import type { CellWrite } from "../workbook/fix-writes";
import { isFormula, type FoundCell, type SheetOf } from "../workbook/sheet-cells";
import { reviewBatch, type ReviewEntry, type ReviewInput } from "./batch";
import { bodyKey } from "./body-name";
import { statusOf, type Status } from "./sheets";

// 汇总下级报告: the office that compiles a region's report sums its units' reports into its own. Which units count
// (the report's year and format, one file per unit, not the report itself), and what each cell gets, are decided
// here; the add-in only reads the files, asks the person, and writes what this plans.

/** A unit's file as the pane read it: its report with the findings of reading it, or why it could not be read. */
export type UnitFile =
  | {
      file: string;
      ok: true;
      report: Report;
      findings: readonly Finding[];
      unread?: readonly CellRef[];
      dismissals?: readonly Dismissal[];
    }
  | { file: string; ok: false; errors: readonly string[] };

/** Why a unit's figures are not in the sums. */
export type Exclusion =
  | "unreadable"
  | "otherYear"
  | "otherFormat"
  | "ownReport"
  | "duplicate"
  | "otherVersion"
  /** It has errors or was read only in part, and the person chose to sum only the others. */
  | "flagged";

/** One picked file: what was read, its status and counts, and whether its figures are summed. */
export type UnitRow = {
  file: string;
  body: string;
  year?: number;
  format?: FormatId;
  status: Status;
  errors: number;
  warnings: number;
  /** Why its figures are not summed; absent when they are. */
  excluded?: Exclusion;
  /** The report read (readable files only). */
  report?: Report;
  /** Why an unreadable file could not be read. */
  reasons: readonly string[];
};

/** The picked files judged against the report they are to be summed into, worst first. */
export type UnitAssessment = { target: SheetOf; units: UnitRow[] };

/** Checks a unit's report as `nianbao check` checks a file, for grouping and status. */
export function unitInput(read: UnitFile): ReviewInput {
  if (!read.ok) return { file: read.file, unreadable: read.errors };
  const unread = read.unread ?? [];
  const options = { readFindings: read.findings, unread: [...unread], dismissals: read.dismissals ?? [] };
  const findings = checkReport(read.report, options);
  return { file: read.file, report: read.report, findings, partial: unread.length > 0 };
}

const statusRank: Record<Status, number> = { unreadable: 0, errors: 1, partial: 2, passed: 3 };

const count = (entry: ReviewEntry, severity: Severity): number =>
  entry.findings.filter((f) => f.finding.severity === severity).length + (entry.kept.omitted?.[severity] ?? 0);

/** Why an entry's report cannot be summed into the target, or undefined when it can. */
function mismatch(target: SheetOf, entry: ReviewEntry): Exclusion | undefined {
  const report = entry.kept.report;
  if (report.year !== target.year) return "otherYear";
  if (report.format !== target.format) return "otherFormat";
  if (target.body.trim() !== "" && bodyKey(report.body) === bodyKey(target.body)) return "ownReport";
  return undefined;
}

/**
 * The picked units as they stand against the report in view: one row per file, grouped as the review groups a batch
 * (the same unit's report twice, as .docx and .pdf, is counted once), worst first so units with errors come first.
 */
export function assessUnits(target: SheetOf, inputs: readonly ReviewInput[]): UnitAssessment {
  const batch = reviewBatch(inputs);
  const rows: UnitRow[] = batch.unreadable.map(({ file, reasons }) => ({
    file,
    body: "",
    status: "unreadable",
    errors: reasons.length,
    warnings: 0,
    excluded: "unreadable",
    reasons,
  }));
  for (const entry of batch.entries) {
    const { report } = entry.kept;
    const status = statusOf(entry);
    const shared = { body: entry.body, year: entry.year, format: report.format, status, reasons: [] };
    const excluded = mismatch(target, entry);
    const counts = { errors: count(entry, "error"), warnings: count(entry, "warning") };
    rows.push({ ...shared, ...counts, file: entry.kept.file, report, ...(excluded ? { excluded } : {}) });
    for (const file of entry.files.filter((f) => f !== entry.kept.file)) {
      const conflict = entry.findings.some((f) => f.file === file && f.finding.code === "review.versionConflict");
      rows.push({ ...shared, errors: 0, warnings: 0, file, excluded: conflict ? "otherVersion" : "duplicate" });
    }
  }
  rows.sort((a, b) => statusRank[a.status] - statusRank[b.status] || b.errors - a.errors);
  return { target, units: rows };
}

/** A unit whose figures a person should look at before they are summed: it has errors, or was read only in part. */
export const isFlagged = (unit: UnitRow): boolean => unit.status === "errors" || unit.status === "partial";

/** The units summed, when the person chose to leave out (or keep) the flagged ones. */
export function chooseUnits(assessment: UnitAssessment, withFlagged: boolean): UnitAssessment {
  const units = assessment.units.map((unit): UnitRow =>
    !unit.excluded && !withFlagged && isFlagged(unit) ? { ...unit, excluded: "flagged" } : unit,
  );
  return { ...assessment, units };
}

/** The units whose figures are summed. */
export const countedUnits = (assessment: UnitAssessment): UnitRow[] =>
  assessment.units.filter((unit) => !unit.excluded && unit.report);

/** A cell of the target's format and the sum of the counted units there (blank where every unit left it blank). */
export type UnitSum = { ref: CellRef; sum: number | undefined; values: (number | undefined)[] };

/** Every cell of the target's format with the counted units' figures and their sum; a blank counts as 0 in a sum. */
export function sumUnits(assessment: UnitAssessment): UnitSum[] {
  const units = countedUnits(assessment);
  return formats[assessment.target.format].tables.flatMap((table) =>
    cellsOfTable(table).map(({ ref }) => {
      const values = units.map((unit) => (unit.report ? valueAt(unit.report, ref) : undefined));
      const given = values.filter((v): v is number => v !== undefined);
      // Money is summed to the millionth of a 万元, as the checks compare it; a cell no unit filled stays blank.
      const sum = given.length === 0 ? undefined : roundAmount(given.reduce((a, b) => a + b, 0));
      return { ref, sum, values };
    }),
  );
}

/**
 * The cells the sums are written into, decided on the report's cells as the host read them just now: every figure
 * cell whose name resolves gets its sum (blank where no unit filled it, so a second run replaces the first), except
 * cells holding a formula (the totals compute themselves) and cells that already hold it.
 */
export function planUnitSums(cells: ReadonlyMap<string, FoundCell>, sums: readonly UnitSum[]): CellWrite[] {
  return sums.flatMap(({ ref, sum }): CellWrite[] => {
    const cell = cells.get(refId(ref));
    if (!cell || isFormula(cell.formula)) return [];
    const write = sum ?? "";
    if ((cell.formula ?? "") === write) return [];
    return [{ ref, row: cell.row, col: cell.col, write, before: cell.formula }];
  });
}
