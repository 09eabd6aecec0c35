import ExcelJS from "exceljs";
import { cellKey, formats, type FormatId, type SectionDef, type TableDef } from "../../src/domain";
import type { Typed } from "./fill-workbook";

// A workbook typed by hand after the official Word tables, not made by nianbao: no names, its own geometry (one
// column per figure, one label column per level, no blank rows), header labels broken across lines as people
// type them, the whole shifted down and right, and merged headers where the official tables merge them.

/** Where the hand-made sheet starts: row and column offsets, 0-based. */
export type Offset = { rows: number; cols: number };

type Writer = { sheet: ExcelJS.Worksheet; row: number; offset: Offset };

/** “本年新制作数量” → “本年新\n制作数量”: a label broken in the middle, as typed into a narrow cell. */
const broken = (label: string): string => (label.length > 4 ? `${label.slice(0, 3)}\n${label.slice(3)}` : label);

function put(w: Writer, row: number, col: number, value: Typed | undefined, span = { rows: 1, cols: 1 }): void {
  const [top, left] = [w.offset.rows + row + 1, w.offset.cols + col + 1];
  if (span.rows > 1 || span.cols > 1) w.sheet.mergeCells(top, left, top + span.rows - 1, left + span.cols - 1);
  if (value !== undefined) w.sheet.getCell(top, left).value = value;
}

function gridSection(w: Writer, table: TableDef, section: SectionDef, values: Record<string, Typed>): void {
  const depth = Math.max(0, ...section.rows.map((r) => r.groups?.length ?? 0));
  const first = depth + 1;
  const cols = section.columns.length;
  if (section.heading) put(w, w.row++, 0, section.heading, { rows: 1, cols: first + cols });
  const headerRows = (section.columnsHeading ? 1 : 0) + 1 + (section.columns.some((c) => c.groups) ? 1 : 0);
  put(w, w.row, 0, section.corner, { rows: headerRows, cols: first });
  if (section.columnsHeading) put(w, w.row++, first, section.columnsHeading, { rows: 1, cols });
  const grouped = section.columns.some((c) => c.groups);
  section.columns.forEach((column, j) => {
    const group = column.groups?.[0];
    if (!grouped) put(w, w.row, first + j, broken(column.label));
    else if (!group) put(w, w.row, first + j, broken(column.label), { rows: 2, cols: 1 });
    else {
      if (section.columns[j - 1]?.groups?.[0] !== group) {
        const span = section.columns.filter((c) => c.groups?.[0] === group).length;
        put(w, w.row, first + j, group, { rows: 1, cols: span });
      }
      put(w, w.row + 1, first + j, broken(column.label));
    }
  });
  w.row += grouped ? 2 : 1;
  section.rows.forEach((row, i) => {
    // Each group label merged down over the rows it heads, in its own column.
    (row.groups ?? []).forEach((group, level) => {
      if (section.rows[i - 1]?.groups?.[level] === group) return;
      const span = section.rows.slice(i).findIndex((r) => r.groups?.[level] !== group);
      put(w, w.row, level, group, { rows: span < 0 ? section.rows.length - i : span, cols: 1 });
    });
    const level = row.groups?.length ?? 0;
    put(w, w.row, level, row.label, { rows: 1, cols: first - level });
    section.columns.forEach((column, j) => put(w, w.row, first + j, values[cellKey(row.key, column.key)]));
    w.row += 1;
  });
}

function flatSection(w: Writer, table: TableDef, section: SectionDef, values: Record<string, Typed>): void {
  const cols = section.columns.length;
  section.rows.forEach((row, i) => {
    const left = i * cols;
    const group = row.groups?.[0];
    if (!group) put(w, w.row, left, row.label, { rows: 2, cols });
    else {
      if (section.rows[i - 1]?.groups?.[0] !== group) {
        const span = section.rows.filter((r) => r.groups?.[0] === group).length * cols;
        put(w, w.row, left, group, { rows: 1, cols: span });
      }
      put(w, w.row + 1, left, row.label, { rows: 1, cols });
    }
    section.columns.forEach((column, j) => {
      put(w, w.row + 2, left + j, broken(column.label));
      put(w, w.row + 3, left + j, values[cellKey(row.key, column.key)]);
    });
  });
  w.row += 4;
}

/** A hand-made workbook of one sheet: the report title, the three tables and the prose sections below. */
export async function handMadeWorkbook(options: {
  format: FormatId;
  title: string;
  values: Record<string, Typed>;
  prose?: Record<string, string>;
  offset: Offset;
  sheetName?: string;
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const w: Writer = { sheet: workbook.addWorksheet(options.sheetName ?? "Sheet1"), row: 0, offset: options.offset };
  const format = formats[options.format];
  put(w, w.row++, 0, options.title);
  for (const table of format.tables) {
    w.row += 1;
    put(w, w.row++, 0, table.title);
    if (table.caption) put(w, w.row++, 0, table.caption);
    for (const section of table.sections) {
      const values = Object.fromEntries(
        Object.entries(options.values).flatMap(([id, v]) =>
          id.startsWith(`${table.id}:`) ? [[id.slice(table.id.length + 1), v]] : [],
        ),
      );
      if (section.layout === "grid") gridSection(w, table, section, values);
      else flatSection(w, table, section, values);
    }
  }
  for (const section of format.text) {
    w.row += 1;
    put(w, w.row++, 0, section.title);
    put(w, w.row++, 0, options.prose?.[section.key]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
