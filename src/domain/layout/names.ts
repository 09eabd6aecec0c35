import type { CellRef, SectionKey, TableId } from "../model";
import { formats } from "../tables/formats";

// Workbook names and sheet names.
//
// A cell's name is nb_<year>_<table>_<cellKey>, e.g. nb_2025_applications_withheld.stateSecret.natural; a
// prose cell's is nb_<year>_text_<sectionKey>. Excel names may hold letters, digits, "_" and "." after a
// leading letter or "_", up to 255 characters, and must not read as a cell address: table ids and keys are
// camelCase words joined by ".", so every name is valid as it stands and the key reads back unchanged. Excel
// compares names without case; the keys of a format differ in more than case (tested). The year lets one
// workbook hold several years' reports.

const PREFIX = "nb";
const TEXT = "text";

const tableIds: readonly TableId[] = formats["2021"].tables.map((t) => t.id);
const sectionKeys: readonly SectionKey[] = formats["2021"].text.map((s) => s.key);

/** The workbook name of a table cell: nb_2025_appeals_review.total. */
export function rangeName(year: number, ref: CellRef): string {
  return `${PREFIX}_${year}_${ref.table}_${ref.key}`;
}

/** The workbook name of a prose section's cell: nb_2025_text_overview. */
export function textRangeName(year: number, section: SectionKey): string {
  return `${PREFIX}_${year}_${TEXT}_${section}`;
}

export type ParsedRangeName = { year: number; ref: CellRef } | { year: number; section: SectionKey };

/** What a workbook name made by rangeName or textRangeName stands for; undefined for any other name. */
export function parseRangeName(name: string): ParsedRangeName | undefined {
  const match = /^nb_(\d+)_([A-Za-z]+)_([A-Za-z][A-Za-z0-9.]*)$/.exec(name);
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  const year = Number(match[1]);
  const [part, key] = [match[2], match[3]];
  if (part === TEXT) {
    const section = sectionKeys.find((k) => k === key);
    return section ? { year, section } : undefined;
  }
  const table = tableIds.find((id) => id === part);
  return table ? { year, ref: { table, key } } : undefined;
}

/**
 * The sheet a workbook name refers to, from its formula as Excel gives it ("='2025年报表'!$I$23" or "=Sheet1!$A$1");
 * undefined for a name whose cells are gone ("=#REF!") or that refers to no sheet.
 */
export function sheetOfNameFormula(formula: string): string | undefined {
  const body = formula.replace(/^=/, "");
  const bang = body.lastIndexOf("!");
  if (bang <= 0 || body.includes("#REF!")) return undefined;
  const sheet = body.slice(0, bang);
  return /^'.*'$/.test(sheet) ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/** The names of a year's two sheets: "2025年报表" (tables 二–四) and "2025年文字" (sections 一、五、六). */
export function sheetNames(year: number): { tables: string; text: string } {
  return { tables: `${year}年报表`, text: `${year}年文字` };
}
