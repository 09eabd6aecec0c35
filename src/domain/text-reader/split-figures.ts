import type { SectionDef, TableId } from "../model";
import type { RuleDef } from "../rules/rule";
import { formats } from "../tables/formats";

// A row whose cells lost their separators (“规章000”, “申请数量640020470”): its digits can be cut into the row's
// cells in many ways, and a person reads the one that the row's own arithmetic allows (the six applicant columns
// add up to 总计: 64 | 0 | 0 | 2 | 0 | 4 | 70). The digits are cut only when exactly one way is left; any other
// count is said, never guessed.

/** A row's equality between columns (Σleft = Σright), as column positions in the section. */
type RowCheck = { left: readonly number[]; right: readonly number[] };

/** More ways than this to cut one row's digits is not looked through: the row is said to be unreadable. */
const MAX_WAYS = 50_000;
/** No row of the official tables is wider, nor a run of its digits longer. */
const MAX_DIGITS = 40;

/** The row checks of each section, by format and table: the rules along rows whose terms are all its columns. */
const checksBySection = new Map<SectionDef, RowCheck[]>(
  Object.values(formats).flatMap((format) =>
    format.tables.flatMap((table) =>
      table.sections.map((section): [SectionDef, RowCheck[]] => [section, rowChecks(format.rules, table.id, section)]),
    ),
  ),
);

function rowChecks(rules: readonly RuleDef[], table: TableId, section: SectionDef): RowCheck[] {
  const at = (key: string): number => section.columns.findIndex((column) => column.key === key);
  return rules.flatMap((rule): RowCheck[] => {
    if (rule.table !== table || rule.axis !== "row" || (rule.kind !== "sum" && rule.kind !== "balance")) return [];
    const terms = [...rule.left, ...rule.right];
    if (terms.some((term) => term.previous || term.sign !== 1 || at(term.at) < 0)) return [];
    return [{ left: rule.left.map((term) => at(term.at)), right: rule.right.map((term) => at(term.at)) }];
  });
}

/** What became of a run of digits: its cells, or why it could not be cut (how many ways were left). */
export type Split = { cells: string[] } | { ways: number; checked: boolean; candidates?: string[][] };

/** Ways that fit a row's own arithmetic kept for the table's column sums to choose from; more is not looked at. */
const MAX_CANDIDATES = 20;

/**
 * The cells of a row written as one run of digits, when exactly one way of cutting it fits the row: the only way
 * at all (as many digits as cells, or one cell), or the only way the row's arithmetic allows. A run attached to
 * its label (“规章000”) lost its separators for certain; a run standing apart may be a figure whose neighbours were
 * lost, so it is cut only by the arithmetic.
 */
export function splitFigures(digits: string, section: SectionDef, attached: boolean): Split {
  const count = section.columns.length;
  const checks = checksBySection.get(section) ?? [];
  if (!/^[0-9]+$/u.test(digits) || digits.length > MAX_DIGITS || digits.length < count)
    return { ways: 0, checked: checks.length > 0 };
  const fitting: string[][] = [];
  let ways = 0;
  const cells: string[] = [];
  const walk = (from: number): boolean => {
    if (cells.length === count - 1) {
      const last = digits.slice(from);
      if (!isFigure(last)) return true;
      ways += 1;
      const row = [...cells, last];
      if (checks.every((check) => holds(check, row))) fitting.push(row);
      return ways < MAX_WAYS && fitting.length <= MAX_CANDIDATES;
    }
    // Leave at least one digit for each cell still to come.
    for (let end = from + 1; end <= digits.length - (count - 1 - cells.length); end++) {
      const cell = digits.slice(from, end);
      if (!isFigure(cell)) break;
      cells.push(cell);
      const going = walk(end);
      cells.pop();
      if (!going) return false;
    }
    return true;
  };
  const finished = walk(0);
  if (!finished && fitting.length <= MAX_CANDIDATES) return { ways: MAX_WAYS, checked: checks.length > 0 };
  const [only] = fitting;
  if (fitting.length === 1 && only && (checks.length > 0 || (attached && ways === 1))) return { cells: only };
  if (checks.length === 0) return { ways, checked: false };
  return { ways: fitting.length, checked: true, ...(finished ? { candidates: fitting } : {}) };
}

/** A figure as written: no leading zero but for 0 itself. */
const isFigure = (cell: string): boolean => cell.length === 1 || cell[0] !== "0";

const total = (row: readonly string[], at: readonly number[]): number =>
  at.reduce((sum, n) => sum + Number(row[n] ?? 0), 0);

const holds = (check: RowCheck, row: readonly string[]): boolean => total(row, check.left) === total(row, check.right);

/** Most digits a flat table's row of runs may hold per cell before it is not looked through. */
const MAX_DIGITS_PER_CELL = 4;

/**
 * The cells of a table printed as one line of figures (table 四: three groups of five) some of which ran together
 * (“1001 1 0 0 1 …”), when exactly one way of cutting the runs fits every group's own arithmetic (结果维持 + 结果纠正 +
 * 其他结果 + 尚未审结 = 总计). Each figure written apart stays one cell; only runs are cut. Any other count is said.
 */
export function splitRuns(runs: readonly string[], section: SectionDef, rowCount: number): Split {
  const width = section.columns.length;
  const count = width * rowCount;
  const checks = checksBySection.get(section) ?? [];
  const digits = runs.reduce((sum, run) => sum + run.length, 0);
  if (checks.length === 0 || runs.some((run) => !/^[0-9]+$/u.test(run)) || digits > count * MAX_DIGITS_PER_CELL)
    return { ways: 0, checked: checks.length > 0 };
  const fitting: string[][] = [];
  const cells: string[] = [];
  let ways = 0;
  const walk = (run: number, from: number): boolean => {
    if (run === runs.length) {
      if (cells.length !== count) return true;
      ways += 1;
      fitting.push([...cells]);
      return ways < MAX_WAYS && fitting.length < 2;
    }
    const text = runs[run]!;
    if (cells.length === count) return true;
    for (let end = from + 1; end <= text.length; end++) {
      const cell = text.slice(from, end);
      if (!isFigure(cell)) break;
      cells.push(cell);
      const row = cells.length % width === 0 ? cells.slice(-width) : undefined;
      const going =
        row && !checks.every((check) => holds(check, row))
          ? true
          : walk(end === text.length ? run + 1 : run, end === text.length ? 0 : end);
      cells.pop();
      if (!going) return false;
    }
    return true;
  };
  const finished = walk(0, 0);
  const [only] = fitting;
  if (!finished && fitting.length < 2) return { ways: MAX_WAYS, checked: true };
  return fitting.length === 1 && only ? { cells: only } : { ways: fitting.length, checked: true };
}
