import type { CellRef, ColumnDef, RowDef, SectionDef, TableDef, TableId, ValueKind } from "./model";
import type { FormatDef } from "./tables/formats";

/** One input cell of a table with everything needed to read, check and label it. */
export type CellDef = {
  ref: CellRef;
  row: RowDef;
  column: ColumnDef;
  section: SectionDef;
  kind: ValueKind;
};

export const cellKey = (row: string, column: string): string => `${row}.${column}`;

// Tables and formats are constants: what is derived from them is computed once and shared (issue 13).

/**
 * The same string as a property name the engine has already interned: a key built by concatenation would be
 * flattened and looked up in the engine's string table on every use as a property name.
 */
const interned = (key: string): string => Object.keys({ [key]: 0 })[0] ?? key;

const rowKeys = new WeakMap<RowDef, Map<string, string>>();

/**
 * cellKey of a row and a column of a table's definition, interned and kept per row: readers that fill a map by
 * cell key many times per file hash and compare the one string, not a new one each time.
 */
export function cellKeyOf(row: RowDef, column: ColumnDef): string {
  let byColumn = rowKeys.get(row);
  if (!byColumn) rowKeys.set(row, (byColumn = new Map<string, string>()));
  let key = byColumn.get(column.key);
  if (key === undefined) byColumn.set(column.key, (key = interned(cellKey(row.key, column.key))));
  return key;
}

const tableCells = new WeakMap<TableDef, readonly CellDef[]>();

/** Every cell of a table, section by section, row by row (computed once per table; do not change it). */
export function cellsOfTable(table: TableDef): readonly CellDef[] {
  let cells = tableCells.get(table);
  if (!cells) {
    cells = table.sections.flatMap((section) =>
      section.rows.flatMap((row) =>
        section.columns.map((column) => ({
          ref: { table: table.id, key: interned(cellKey(row.key, column.key)) },
          row,
          column,
          section,
          kind: column.kind ?? table.kind,
        })),
      ),
    );
    tableCells.set(table, cells);
  }
  return cells;
}

const indexCache = new WeakMap<FormatDef, Map<TableId, Map<string, CellDef>>>();

/** The cells of a format by table, then by key: looked up without building a string. */
function cellIndex(format: FormatDef): Map<TableId, Map<string, CellDef>> {
  let index = indexCache.get(format);
  if (!index) {
    index = new Map(format.tables.map((table) => [table.id, new Map(cellsOfTable(table).map((c) => [c.ref.key, c]))]));
    indexCache.set(format, index);
  }
  return index;
}

/** One string per cell of a report ("applications:newReceived.natural"), for maps and sets keyed by cell. */
export const refId = (ref: CellRef): string => `${ref.table}:${ref.key}`;

/** The definition of a cell, or undefined when the format has no such cell. */
export function findCell(format: FormatDef, ref: CellRef): CellDef | undefined {
  return cellIndex(format).get(ref.table)?.get(ref.key);
}

/** Whether a key names a cell of the given table in this format. */
export function hasCell(format: FormatDef, table: TableId, key: string): boolean {
  return cellIndex(format).get(table)?.has(key) ?? false;
}

/** A test for “this cell is one of these” (the unread cells of a partial report), built once per check. */
export function unreadTest(unread: readonly CellRef[] | undefined): (ref: CellRef) => boolean {
  if (!unread || unread.length === 0) return () => false;
  const ids = new Set(unread.map(refId));
  return (ref) => ids.has(refId(ref));
}
