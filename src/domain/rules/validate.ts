import type { CellRef, Finding, KnownSum, Report } from "../model";
import { formats, type FormatDef } from "../tables/formats";
import { kindProblem, MAX_FIGURE, roundAmount } from "../values";
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
import { checkSummedLines, type CellValues } from "./summed-lines";
import { sumsInPlace, type SummedTerm, type SumsInPlace } from "./known-sums";

export type ValidateOptions = {
  /** Last year's report, for the carry-over checks. */
  previous?: Report;
  /** Cells a partial report does not have: rules over them are not checked (see notCheckedRules), nor are they blank. */
  unread?: readonly CellRef[];
  /** Figures given for unread cells only as their sum (read.subRowsSummed): rules that need only the sum use them. */
  sums?: readonly KnownSum[];
};

/** One check's inputs as numbers: this year's values, last year's, and which cells were not read. */
type Values = {
  compiled: CompiledFormat;
  values: readonly number[];
  previous: { compiled: CompiledFormat; values: readonly number[] } | undefined;
  unread: Uint8Array | undefined;
  sums: readonly KnownSum[];
  /** Totals left blank while their parts hold figures (missingTotals), found when a rule first needs them. */
  missing?: Set<number>;
  notOwn: NotOwn;
};

/** Cells that are not a person's own figures: carried from last year (or totals of those), and computed totals. */
type NotOwn = { carried: Uint8Array; computed: Uint8Array };

const notOwnByFormat = new WeakMap<CompiledFormat, NotOwn>();

/**
 * The cells last year's report fills (上年结转, 现行有效件数, 上一年项目数量: the one cell on the left of a carry-over
 * tie) and the totals made of them only (上年结转·总计), and the cells a template computes (totals).
 */
function notOwnCells(compiled: CompiledFormat): NotOwn {
  let found = notOwnByFormat.get(compiled);
  if (found) return found;
  const carried = new Uint8Array(compiled.cells.length);
  const computed = new Uint8Array(compiled.cells.length);
  for (const { instance, own } of compiled.instances) {
    const [target] = own;
    if (instance.left.length !== 1 || target === undefined || target < 0) continue;
    if (instance.rule.kind === "carryOver") carried[target] = 1;
    if (ruleKinds[instance.rule.kind].computesLeft) computed[target] = 1;
  }
  // A total of carried cells is carried too (totals of totals: until nothing changes).
  for (let changed = true; changed;) {
    changed = false;
    for (const { instance, own } of compiled.instances) {
      const [target, ...parts] = own;
      if (instance.rule.kind !== "sum" || instance.left.length !== 1 || target === undefined || target < 0) continue;
      if (carried[target] !== 1 && parts.length > 0 && parts.every((at) => carried[at] === 1)) {
        carried[target] = 1;
        changed = true;
      }
    }
  }
  found = { carried, computed };
  notOwnByFormat.set(compiled, found);
  return found;
}

/**
 * Which of a format's cells last year's report fills (or are totals of those) and which the template computes: the
 * same decision for the conditional formats as for validation.
 */
export function carriedAndComputed(format: FormatDef): {
  carried: (ref: CellRef) => boolean;
  computed: (ref: CellRef) => boolean;
} {
  const compiled = compiledFormat(format);
  const { carried, computed } = notOwnCells(compiled);
  const at = (marks: Uint8Array) => (ref: CellRef) => {
    const position = compiled.positionOf(ref);
    return position !== undefined && marks[position] === 1;
  };
  return { carried: at(carried), computed: at(computed) };
}

/**
 * Whether one side of a rule holds figures carried from last year only (a template prefilled with 上年结转) and the
 * other side nothing of this year's yet (blank, or totals computing 0): this year's figures are not in, which the
 * blank warning says, and the carried figures are no error by themselves (issue 17).
 */
function carriedAgainstNothing(values: Values, compiled: CompiledInstance, positions: Int32Array): boolean {
  if (compiled.readsPrevious) return false;
  const { carried, computed } = values.notOwn;
  const side = (from: number, to: number): "nothing" | "carried" | "own" => {
    let kind: "nothing" | "carried" = "nothing";
    for (let i = from; i < to; i++) {
      const at = positions[i]!;
      const value = values.values[at]!;
      if (Number.isNaN(value) || (computed[at] === 1 && carried[at] !== 1 && value === 0)) continue;
      if (carried[at] !== 1) return "own";
      kind = "carried";
    }
    return kind;
  };
  const left = side(0, compiled.leftCount);
  const right = side(compiled.leftCount, compiled.terms.length);
  return (left === "carried" && right === "nothing") || (left === "nothing" && right === "carried");
}

function valuesFor(report: Report, options: ValidateOptions): Values {
  const compiled = compiledFormat(formats[report.format]);
  const previous = options.previous && compiledFormat(formats[options.previous.format]);
  return {
    compiled,
    values: valuesOf(compiled, report),
    previous: previous && options.previous && { compiled: previous, values: valuesOf(previous, options.previous) },
    unread: unreadMarks(compiled, options.unread),
    sums: options.sums ?? [],
    notOwn: notOwnCells(compiled),
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
  findings.push(...checkSummedLines(values.compiled.instances, cellValues(values), values.sums));
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

// Blank operands, the same way for every rule and every reader: a blank adds nothing to a side's sum and is never
// compared as a 0 of its own. A rule with a side wholly blank and the other blank or adding up to 0 says nothing (the
// blanks are reported once, as cell.blank); a side left wholly blank while the other adds up to more is one finding
// that names what is missing and what the other side adds up to (a 总计 not filled in), not a mismatch with 0; and a
// rule that reads such a missing total is not checked again on it, so the one gap is said once.

/** A side's sum over terms [from, to), rounded as money is compared, or undefined when every term is blank. */
function sideTotal(values: Values, compiled: CompiledInstance, positions: Int32Array, from: number, to: number) {
  // Runs for every rule on every edit (issue 13's budget): typed arrays only, nothing allocated.
  const { signs, fromPrevious } = compiled;
  const own = values.values;
  let total = 0;
  let blank = true;
  for (let i = from; i < to; i++) {
    const value = fromPrevious[i] === 1 ? values.previous!.values[positions[i]!]! : own[positions[i]!]!;
    if (Number.isNaN(value)) continue;
    total += signs[i]! * value;
    blank = false;
  }
  return blank ? undefined : roundAmount(total);
}

/**
 * Positions of this year's cells that are a total left blank while its parts add up to more than 0: totals not
 * filled in, each said once by its own sum.
 */
function missingTotals(values: Values): Set<number> {
  const missing = new Set<number>();
  for (const compiled of values.compiled.instances) {
    if (compiled.instance.rule.kind !== "sum" || compiled.own.length !== compiled.terms.length) continue;
    if (isUnread(values, compiled)) continue;
    const total = sideTotal(values, compiled, compiled.own, 0, compiled.leftCount);
    const parts = sideTotal(values, compiled, compiled.own, compiled.leftCount, compiled.terms.length);
    if (total === undefined && parts !== undefined && parts !== 0) missing.add(compiled.own[0]!);
  }
  return missing;
}

function isUnread({ unread }: Values, compiled: CompiledInstance): boolean {
  if (unread === undefined) return false;
  for (const at of compiled.own) if (unread[at] === 1) return true;
  return false;
}

/** Whether one of this year's cells the rule reads is blank. */
function readsBlank(values: Values, compiled: CompiledInstance): boolean {
  for (const at of compiled.own) if (Number.isNaN(values.values[at])) return true;
  return false;
}

/** The finding of a broken rule; built only then, since most rules hold after an edit. */
function findingOf(
  compiled: CompiledInstance,
  code: Finding["code"],
  found: Pick<Finding, "detail" | "expected" | "actual">,
): Finding {
  const { rule } = compiled.instance;
  return { ruleId: rule.id, severity: rule.severity, code, cells: [...compiled.ownCells], ...found };
}

/** What known sums put in place of the instance's unread cells; undefined when the instance cannot be checked. */
function summed(values: Values, compiled: CompiledInstance): SumsInPlace | undefined {
  if (values.sums.length === 0) return undefined;
  const terms = compiled.terms.flatMap((term, n): SummedTerm[] =>
    term.previous ? [] : [{ cell: term.cell, sign: term.sign, left: n < compiled.leftCount }],
  );
  const unreadAt = (cell: CellRef): boolean => {
    const at = values.compiled.positionOf(cell);
    return at !== undefined && values.unread?.[at] === 1;
  };
  return sumsInPlace(terms, unreadAt, values.sums);
}

/** The values by cell, for the checks on lines given as sums. */
function cellValues(values: Values): CellValues {
  const at = (cell: CellRef): number => values.compiled.positionOf(cell) ?? -1;
  return {
    valueOf: (cell) => values.values[at(cell)] ?? NaN,
    unread: (cell) => values.unread?.[at(cell)] === 1,
  };
}

/** A side's total with what a known sum adds to it. */
const plus = (total: number | undefined, add: number, used: boolean): number | undefined =>
  used ? roundAmount((total ?? 0) + add) : total;

function checkInstance(values: Values, compiled: CompiledInstance): Finding | undefined {
  const inPlace = isUnread(values, compiled) ? summed(values, compiled) : undefined;
  if (isUnread(values, compiled) && !inPlace) return undefined;
  let positions = compiled.own;
  if (compiled.own.length !== compiled.terms.length) {
    // A tie to last year: checked only when last year's report is known and its format has the cells.
    const previous = values.previous;
    const placed = previous && termPositions(compiled, previous.compiled);
    if (!placed) return undefined;
    positions = placed;
  }
  const actual = plus(
    sideTotal(values, compiled, positions, 0, compiled.leftCount),
    inPlace?.left ?? 0,
    inPlace?.leftUsed ?? false,
  );
  const expected = plus(
    sideTotal(values, compiled, positions, compiled.leftCount, compiled.terms.length),
    inPlace?.right ?? 0,
    inPlace?.rightUsed ?? false,
  );
  // Blank against blank or against 0 is what the blank warning already says.
  if ((actual ?? 0) === 0 && (expected ?? 0) === 0 && (actual === undefined || expected === undefined))
    return undefined;
  // Most rules hold after an edit: said first, before what only a broken rule needs.
  const { kind } = compiled;
  const bothGiven = actual !== undefined && expected !== undefined;
  if (bothGiven && (kind.relation === "equal" ? actual === expected : actual >= expected)) return undefined;
  const { rule } = compiled.instance;
  if (carriedAgainstNothing(values, compiled, positions)) return undefined;
  if (actual === undefined || expected === undefined) {
    // A total not filled in is said by its own sum, not again by the rules that read it.
    const missing = (values.missing ??= missingTotals(values));
    const reads = compiled.own.some((at, n) => missing.has(at) && !(n === 0 && rule.kind === "sum"));
    if (reads) return undefined;
    return actual === undefined
      ? findingOf(compiled, "side.blank", { detail: "left", expected })
      : findingOf(compiled, "side.blank", { detail: "right", expected: actual });
  }
  if (readsBlank(values, compiled)) {
    const missing = (values.missing ??= missingTotals(values));
    if (compiled.own.some((at) => missing.has(at))) return undefined;
  }
  return findingOf(compiled, kind.code, { expected, actual });
}

function checkCellValues({ compiled, values }: Values): Finding[] {
  const findings: Finding[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    // Blank, or a whole number within range: right in a cell of any kind (most cells).
    if (Number.isNaN(value) || (value >= 0 && value <= MAX_FIGURE && Number.isInteger(value))) continue;
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
