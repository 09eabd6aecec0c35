import type { CellRef, Finding, Report } from "../model";
import { formats } from "../tables/formats";
import { kindProblem, roundAmount } from "../values";
import {
  compiledFormat,
  termPositions,
  unreadMarks,
  valuesOf,
  type CompiledFormat,
  type CompiledInstance,
} from "./compiled-format";
import type { RuleInstance } from "./instances";
import { ruleKinds } from "./kinds";

export type ValidateOptions = {
  /** Last year's report, for the carry-over checks. */
  previous?: Report;
  /** Cells a partial report does not have: rules over them are not checked (see notCheckedRules), nor are they blank. */
  unread?: readonly CellRef[];
};

/** One check's inputs as numbers: this year's values, last year's, and which cells were not read. */
type Values = {
  compiled: CompiledFormat;
  values: Float64Array;
  previous: { compiled: CompiledFormat; values: Float64Array } | undefined;
  unread: Uint8Array | undefined;
};

function valuesFor(report: Report, options: ValidateOptions): Values {
  const compiled = compiledFormat(formats[report.format]);
  const previous = options.previous && compiledFormat(formats[options.previous.format]);
  return {
    compiled,
    values: valuesOf(compiled, report),
    previous: previous && options.previous && { compiled: previous, values: valuesOf(previous, options.previous) },
    unread: unreadMarks(compiled, options.unread),
  };
}

/** Every finding of the figures of a report: value kinds, blanks, totals, 勾稽关系 and carry-over ties. */
export function validateReport(report: Report, options: ValidateOptions = {}): Finding[] {
  const values = valuesFor(report, options);
  const findings = [...checkCellValues(values), ...checkBlanks(values)];
  for (const compiled of values.compiled.instances) {
    const finding = checkInstance(values, compiled);
    if (finding) findings.push(finding);
  }
  return findings;
}

/** The findings of some rule instances only, as the edit watcher needs after a change. */
export function checkRules(report: Report, options: ValidateOptions, instances: readonly RuleInstance[]): Finding[] {
  const values = valuesFor(report, options);
  return instances.flatMap((instance) => {
    const compiled = values.compiled.byInstance.get(instance);
    const finding = compiled && checkInstance(values, compiled);
    return finding ? [finding] : [];
  });
}

/** Σ sign × value over terms [from, to) (blank = 0), rounded as money is compared. */
function sideTotal(values: Values, compiled: CompiledInstance, positions: Int32Array, from: number, to: number) {
  let total = 0;
  for (let i = from; i < to; i++) {
    const term = compiled.terms[i]!;
    const source = term.previous ? values.previous!.values : values.values;
    const value = source[positions[i]!]!;
    if (!Number.isNaN(value)) total += term.sign * value;
  }
  return roundAmount(total);
}

function checkInstance(values: Values, compiled: CompiledInstance): Finding | undefined {
  if (values.unread) {
    for (const at of compiled.own) if (values.unread[at]) return undefined;
  }
  let positions = compiled.own;
  if (compiled.own.length !== compiled.terms.length) {
    // A tie to last year: checked only when last year's report is known and its format has the cells.
    const previous = values.previous;
    const placed = previous && termPositions(compiled, previous.compiled);
    if (!placed) return undefined;
    positions = placed;
  }
  const actual = sideTotal(values, compiled, positions, 0, compiled.leftCount);
  const expected = sideTotal(values, compiled, positions, compiled.leftCount, compiled.terms.length);
  const kind = ruleKinds[compiled.instance.rule.kind];
  if (kind.relation === "equal" ? actual === expected : actual >= expected) return undefined;
  const { rule } = compiled.instance;
  return {
    ruleId: rule.id,
    severity: rule.severity,
    code: kind.code,
    cells: [...compiled.ownCells],
    expected,
    actual,
  };
}

function checkCellValues({ compiled, values }: Values): Finding[] {
  const findings: Finding[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (Number.isNaN(value)) continue;
    const cell = compiled.cells[i]!;
    const code = kindProblem(value, cell.kind);
    if (code) findings.push({ ruleId: "cell.value", severity: "error", code, cells: [cell.ref], actual: value });
  }
  return findings;
}

/** One warning per table that has blank cells: the official tables want 0 written. Unread cells are not blank. */
function checkBlanks({ compiled, values, unread }: Values): Finding[] {
  const findings: Finding[] = [];
  for (const table of compiled.tables) {
    const blanks: CellRef[] = [];
    for (let i = table.start; i < table.end; i++) {
      if (Number.isNaN(values[i]) && !unread?.[i]) blanks.push(compiled.cells[i]!.ref);
    }
    if (blanks.length > 0)
      findings.push({ ruleId: "cell.blank", severity: "warning", code: "cell.blank", cells: blanks });
  }
  return findings;
}
