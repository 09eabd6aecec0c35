import type { ValueKind } from "../model";
import { ruleInstances, type RuleInstance } from "../rules/instances";
import { ruleKinds } from "../rules/kinds";
import { carriedAndComputed } from "../rules/validate";
import type { FormatDef } from "../tables/formats";
import { MAX_FIGURE } from "../values";
import { fromA1, toA1 } from "./a1";
import { addressOf } from "./lookup";
import type { SheetLayout } from "./sheet";

// The marks the workbook paints itself: every rule a cell formula can express, as conditional formats of the tables
// sheet, so Excel, WPS 表格 and LibreOffice show them at recalculation, with or without the add-in. Derived from rule
// kinds and cell kinds only:
// - a figure that is text, or a number its kind refuses (negative, fractional, beyond 10 亿): error, on the cell;
// - a total the sheet computes that is no longer its formula (typed over): error, on the total;
// - every other rule (balance, atLeast, carryOver) on each line of its table: its severity, on the line's own cells,
//   with last year's terms read from last year's sheet (only when that sheet is in the workbook).
// Blank figures are not marked here (the pane lists them); in a rule a blank counts as 0, as validation counts it.
//
// Each cell's condition is written with references relative to the cell; cells whose conditions read the same at
// the same distances are gathered into rectangles, and each rectangle's formula is written for its top-left cell, as
// Excel reads a conditional format's formula (relative references move with each cell of the range).

export type MarkSeverity = "error" | "warning";

/** One conditional format of the tables sheet. */
export type ConditionalFormatRule = {
  /** The rule it stands for: a rule id of the format, or "cell.value" for a figure its kind refuses. */
  ruleId: string;
  severity: MarkSeverity;
  /** The cells it paints, one rectangle in A1 ("K12" or "I23:N24"); merged figures by their top-left cell. */
  range: string;
  /** True where the cell is wrong: Excel's English (invariant) syntax with "=", relative to the range's top-left. */
  formula: string;
};

/** Excel's own presets “light red fill with dark red text” and “yellow fill with dark yellow text”. */
export const markStyles: Record<MarkSeverity, { fill: string; font: string }> = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
};

/** Last year's tables sheet in the same workbook, for the carry-over ties. */
export type PreviousSheet = { sheetName: string; layout: SheetLayout };

type Position = { row: number; col: number };
/** A reference as a formula reads it: a cell of this sheet, or of last year's. */
type Reference = Position & { previous: boolean };
/** Writes a condition, given how to write each reference in it. */
type Condition = (reference: (target: Reference) => string) => string;
type CellMark = { ruleId: string; severity: MarkSeverity; at: Position; condition: Condition };

/** Every conditional format of a year's tables sheet: errors first, so an error's colour wins where both apply. */
export function conditionalFormatRules(
  format: FormatDef,
  layout: SheetLayout,
  previous?: PreviousSheet,
): ConditionalFormatRule[] {
  const marks = [...kindMarks(layout), ...totalMarks(format, layout), ...lineMarks(format, layout, previous)];
  const quotedPrevious = previous && `'${previous.sheetName.replace(/'/g, "''")}'!`;
  const rules = gather(marks).map(({ mark, rect }): ConditionalFormatRule => {
    const write = (target: Reference): string =>
      `${target.previous ? quotedPrevious : ""}${toA1(target.row, target.col)}`;
    const range = rect.bottom === rect.top && rect.right === rect.left ? write(rect.topLeft) : rangeOf(rect);
    return { ruleId: mark.ruleId, severity: mark.severity, range, formula: `=${mark.condition(write)}` };
  });
  return [...rules.filter((r) => r.severity === "error"), ...rules.filter((r) => r.severity === "warning")];
}

/** What each kind refuses, as validation does (values.ts kindProblem), plus text where a number belongs. */
const refusedBy: Record<ValueKind, (x: string) => string> = {
  count: (x) => `OR(${x}<0,${x}<>INT(${x}),${x}>${MAX_FIGURE})`,
  change: (x) => `OR(${x}<>INT(${x}),ABS(${x})>${MAX_FIGURE})`,
  money: (x) => `OR(${x}<0,${x}>${MAX_FIGURE})`,
};

function kindMarks(layout: SheetLayout): CellMark[] {
  return layout.cells.flatMap((cell): CellMark[] => {
    if (cell.role !== "input" || !cell.ref || !cell.kind) return [];
    const refused = refusedBy[cell.kind];
    const condition: Condition = (reference) => {
      const x = reference({ row: cell.row, col: cell.col, previous: false });
      // IF, not AND: INT of text is #VALUE!, and AND passes an error on, so text would paint nothing.
      return `IF(ISNUMBER(${x}),${refused(x)},ISTEXT(${x}))`;
    };
    return [{ ruleId: "cell.value", severity: "error", at: cell, condition }];
  });
}

/** Each computed total once, under the first rule that computes it (the rule its formula came from). */
function totalMarks(format: FormatDef, layout: SheetLayout): CellMark[] {
  const marked = new Set<string>();
  const totals = new Set(layout.cells.flatMap((c) => (c.role === "total" ? [`${c.row},${c.col}`] : [])));
  return ruleInstances(format).flatMap((instance): CellMark[] => {
    const target = instance.left[0]?.cell;
    if (!ruleKinds[instance.rule.kind].computesLeft || !target) return [];
    const at = positionOf(layout, addressOf(layout, target));
    if (!at || !totals.has(`${at.row},${at.col}`) || marked.has(`${at.row},${at.col}`)) return [];
    marked.add(`${at.row},${at.col}`);
    const condition: Condition = (reference) => `NOT(ISFORMULA(${reference({ ...at, previous: false })}))`;
    return [{ ruleId: instance.rule.id, severity: "error", at, condition }];
  });
}

/** The rules that compare two sides of a line, on the line's own cells; ties to last year only with its sheet. */
function lineMarks(format: FormatDef, layout: SheetLayout, previous: PreviousSheet | undefined): CellMark[] {
  const { carried, computed } = carriedAndComputed(format);
  return ruleInstances(format).flatMap((instance): CellMark[] => {
    const kind = ruleKinds[instance.rule.kind];
    if (kind.computesLeft || instance.rule.severity === "info") return [];
    const place = (term: RuleInstance["left"][number]): Reference | undefined => {
      const sheet = term.previous ? previous?.layout : layout;
      const at = sheet && positionOf(sheet, addressOf(sheet, term.cell));
      return at && { ...at, previous: term.previous };
    };
    const left = instance.left.map((term) => ({ term, at: place(term) }));
    const right = instance.right.map((term) => ({ term, at: place(term) }));
    const terms = [...left, ...right];
    if (terms.some((t) => !t.at)) return [];
    const side = (reference: (target: Reference) => string, list: typeof left): string =>
      list.map(({ term, at }, i) => `${term.sign < 0 ? "-" : i > 0 ? "+" : ""}${reference(at!)}`).join("") || "0";
    // Compared as validation compares them: to a millionth, so 万元 sums with decimals do not differ by float dust.
    const compare = (reference: (target: Reference) => string): string =>
      `ROUND(${side(reference, left)}-(${side(reference, right)}),6)${kind.relation === "equal" ? "<>" : "<"}0`;
    // Figures carried from last year (a prefilled 上年结转) are not marked while this year's cells of the rule are
    // blank (inputs) or 0 (totals), as validation says nothing then (validate.ts, carriedAgainstNothing).
    const own = terms.filter(({ term }) => !term.previous);
    const hasCarried = own.length === terms.length && own.some(({ term }) => carried(term.cell));
    const others = own.filter(({ term }) => !carried(term.cell));
    const filled = (reference: (target: Reference) => string): string =>
      others
        .map(({ term, at }) => (computed(term.cell) ? `ABS(${reference(at!)})` : `COUNT(${reference(at!)})`))
        .join("+") || "0";
    const condition: Condition = hasCarried
      ? (reference) => `AND(${compare(reference)},${filled(reference)}>0)`
      : compare;
    const severity: MarkSeverity = instance.rule.severity === "error" ? "error" : "warning";
    return terms
      .filter(({ term }) => !term.previous)
      .map(({ at }) => ({ ruleId: instance.rule.id, severity, at: at!, condition }));
  });
}

function positionOf(layout: SheetLayout, address: string | undefined): Position | undefined {
  return address === undefined ? undefined : fromA1(address);
}

type Rect = { top: number; left: number; bottom: number; right: number; topLeft: Reference };

const rangeOf = (rect: Rect): string => `${toA1(rect.top, rect.left)}:${toA1(rect.bottom, rect.right)}`;

/**
 * Marks gathered into rectangles of cells with the same rule and the same condition relative to the cell: first runs
 * along a row, then runs of the same columns down consecutive rows. A cell marked twice by one rule is marked once.
 */
function gather(marks: readonly CellMark[]): { mark: CellMark; rect: Rect }[] {
  const groups = new Map<string, CellMark[]>();
  for (const mark of marks) {
    const relative = mark.condition(
      (t) => `${t.previous ? "P" : ""}R[${t.row - mark.at.row}]C[${t.col - mark.at.col}]`,
    );
    const key = `${mark.ruleId}|${mark.severity}|${relative}`;
    const group = groups.get(key);
    if (!group) groups.set(key, [mark]);
    else if (!group.some((m) => m.at.row === mark.at.row && m.at.col === mark.at.col)) group.push(mark);
  }
  const result: { mark: CellMark; rect: Rect }[] = [];
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) => a.at.row - b.at.row || a.at.col - b.at.col);
    const runs: { mark: CellMark; rect: Rect }[] = [];
    for (const mark of sorted) {
      const run = runs.at(-1);
      if (run && run.rect.top === mark.at.row && run.rect.right === mark.at.col - 1) run.rect.right = mark.at.col;
      else runs.push({ mark, rect: rectAt(mark.at) });
    }
    const blocks: { mark: CellMark; rect: Rect }[] = [];
    for (const run of runs) {
      const above = blocks.find(
        (b) => b.rect.bottom === run.rect.top - 1 && b.rect.left === run.rect.left && b.rect.right === run.rect.right,
      );
      if (above) above.rect.bottom = run.rect.bottom;
      else blocks.push(run);
    }
    result.push(...blocks);
  }
  return result;
}

function rectAt(at: Position): Rect {
  return { top: at.row, left: at.col, bottom: at.row, right: at.col, topLeft: { ...at, previous: false } };
}
