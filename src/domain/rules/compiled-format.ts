import { cellsOfTable, type CellDef } from "../cells";
import type { CellRef, Report, TableId } from "../model";
import type { FormatDef } from "../tables/formats";
import { ruleInstances, type RuleInstance } from "./instances";
import { ruleKinds, type RuleKind } from "./kinds";

// What checking a report needs from its format, computed once per format (issue 13): every cell with its position
// in one flat list, and every rule instance as positions in that list. A check then reads a report's values once
// into an array and works on numbers and positions only.

/** A rule instance as positions: terms in left-then-right order, their signs, and which read last year's report. */
export type CompiledInstance = {
  instance: RuleInstance;
  /** Positions of the terms: in this format's cells, or in last year's format's for `previous` terms. */
  terms: readonly TermAt[];
  leftCount: number;
  /** This year's cells the rule reads, in order: the cells of its findings. */
  ownCells: readonly CellRef[];
  /** Positions of ownCells. */
  own: Int32Array;
  /** Per term, as numbers so a check reads no objects: its sign, and 1 when it reads last year's report. */
  signs: Float64Array;
  fromPrevious: Uint8Array;
  /** Whether a term reads last year's report (a carry-over tie). */
  readsPrevious: boolean;
  /** The rule's kind: how its sides compare and what it finds. */
  kind: RuleKind;
};

type TermAt = { at: number; sign: number; previous: boolean; cell: CellRef };

type CompiledTable = {
  id: TableId;
  start: number;
  end: number;
  positions: ReadonlyMap<string, number>;
  /** The keys in the order the last report gave them, with their positions (-1: not a cell of the format). */
  lastOrder: { keys: string[]; positions: number[] };
};

export type CompiledFormat = {
  format: FormatDef;
  cells: readonly CellDef[];
  /** Each table's cells are cells[start, end); positions maps a key of the table to its cell's position. */
  tables: readonly CompiledTable[];
  positionOf(ref: CellRef): number | undefined;
  instances: readonly CompiledInstance[];
  byInstance: ReadonlyMap<RuleInstance, CompiledInstance>;
};

const cache = new WeakMap<FormatDef, CompiledFormat>();

/** The format's cells and rule instances as positions, computed on first use. */
export function compiledFormat(format: FormatDef): CompiledFormat {
  let compiled = cache.get(format);
  if (!compiled) {
    compiled = compile(format);
    cache.set(format, compiled);
  }
  return compiled;
}

function compile(format: FormatDef): CompiledFormat {
  const cells: CellDef[] = [];
  const tables = format.tables.map((table) => {
    const start = cells.length;
    cells.push(...cellsOfTable(table));
    const positions = new Map(cells.slice(start).map((cell, i) => [cell.ref.key, start + i]));
    return { id: table.id, start, end: cells.length, positions, lastOrder: { keys: [], positions: [] } };
  });
  const byTable = new Map(tables.map((t) => [t.id, t.positions]));
  const positionOf = (ref: CellRef): number | undefined => byTable.get(ref.table)?.get(ref.key);
  const instances = ruleInstances(format).map((instance): CompiledInstance => {
    const terms = [...instance.left, ...instance.right].map((t) => ({
      // Last year's terms are placed when last year's format is known (previousPositions).
      at: t.previous ? -1 : (positionOf(t.cell) ?? -1),
      sign: t.sign,
      previous: t.previous,
      cell: t.cell,
    }));
    const ownTerms = terms.filter((t) => !t.previous);
    return {
      instance,
      terms,
      leftCount: instance.left.length,
      ownCells: ownTerms.map((t) => t.cell),
      own: Int32Array.from(ownTerms.map((t) => t.at)),
      signs: Float64Array.from(terms.map((t) => t.sign)),
      fromPrevious: Uint8Array.from(terms.map((t) => (t.previous ? 1 : 0))),
      readsPrevious: ownTerms.length < terms.length,
      kind: ruleKinds[instance.rule.kind],
    };
  });
  const byInstance = new Map(instances.map((c) => [c.instance, c]));
  return { format, cells, tables, positionOf, instances, byInstance };
}

const previousCache = new WeakMap<CompiledInstance, Map<FormatDef, Int32Array | null>>();

/**
 * Where each term of an instance reads in last year's values (this year's terms in this year's), or null when last
 * year's format lacks one of the cells (then the tie cannot be checked). Computed once per pair of formats.
 */
export function termPositions(compiled: CompiledInstance, previous: CompiledFormat): Int32Array | null {
  let byFormat = previousCache.get(compiled);
  if (!byFormat) previousCache.set(compiled, (byFormat = new Map<FormatDef, Int32Array | null>()));
  let positions = byFormat.get(previous.format);
  if (positions === undefined) {
    const list = compiled.terms.map((t) => (t.previous ? (previous.positionOf(t.cell) ?? -1) : t.at));
    positions = list.includes(-1) ? null : Int32Array.from(list);
    byFormat.set(previous.format, positions);
  }
  return positions;
}

/** A report's values in the order of its format's cells; NaN for a blank cell. */
export function valuesOf(compiled: CompiledFormat, report: Report): number[] {
  // A plain array of numbers: the engine allocates it with the check's other objects, where a typed array of this
  // size gets memory of its own, which took as long as reading the values in.
  const values: number[] = new Array<number>(compiled.cells.length).fill(NaN);
  for (const table of compiled.tables) {
    const given = report.tables[table.id];
    // Walking the keys the report has takes about two thirds of the time of looking up each key of the format (the
    // bench's checkReport row): V8 reads `given[key]` inside for…in from its enumeration cache. Reports of one
    // format come with their keys in one order (the reader's, the sheet's), so each key is compared with the key
    // at its place in the last report, the same string, before it is looked up.
    const order = table.lastOrder;
    let n = 0;
    for (const key in given) {
      let at = order.keys[n] === key ? order.positions[n]! : -1;
      if (at < 0) {
        at = table.positions.get(key) ?? -1;
        if (n < MAX_ORDER) {
          order.keys[n] = key;
          order.positions[n] = at;
        }
      }
      if (at >= 0) values[at] = given[key] ?? NaN;
      n++;
    }
  }
  return values;
}

/** How many keys of a table the last order keeps: a report with more (not a cell of the format) is looked up. */
const MAX_ORDER = 1000;

/** Marks for the cells of a partial report that were not read; undefined when every cell was read. */
export function unreadMarks(compiled: CompiledFormat, unread: readonly CellRef[] | undefined): Uint8Array | undefined {
  if (!unread || unread.length === 0) return undefined;
  const marks = new Uint8Array(compiled.cells.length);
  for (const ref of unread) {
    const at = compiled.positionOf(ref);
    if (at !== undefined) marks[at] = 1;
  }
  return marks;
}
