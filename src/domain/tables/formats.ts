import type { FormatId, TableDef, TableId, TextSectionDef } from "../model";
import type { RuleDef } from "../rules/rule";
import { appealsByFormat } from "./appeals";
import { applicationsByFormat } from "./applications";
import { disclosureByFormat } from "./disclosure";

export type FormatDef = {
  id: FormatId;
  /** The circular that set the format. */
  source: string;
  firstYear: number;
  lastYear?: number;
  /** Tables in the official order (二, 三, 四). */
  tables: readonly TableDef[];
  rules: readonly RuleDef[];
  /** Prose sections in the official order (一, 五, 六). */
  text: readonly TextSectionDef[];
};

const text: readonly TextSectionDef[] = [
  { key: "overview", title: "一、总体情况" },
  { key: "problems", title: "五、存在的主要问题及改进情况", titleVariants: ["五、存在问题及改进情况"] },
  { key: "other", title: "六、其他需要报告的事项" },
];

function defineFormat(id: FormatId, source: string, firstYear: number, lastYear?: number): FormatDef {
  const parts = [disclosureByFormat[id], applicationsByFormat[id], appealsByFormat[id]];
  return {
    id,
    source,
    firstYear,
    lastYear,
    tables: parts.map((p) => p.table),
    rules: parts.flatMap((p) => p.rules),
    text,
  };
}

export const formats: Record<FormatId, FormatDef> = {
  "2019": defineFormat("2019", "国办公开办函〔2019〕60号", 2019, 2020),
  "2021": defineFormat("2021", "国办公开办函〔2021〕30号", 2021),
};

/**
 * The years a report can be of, everywhere a year is read or given: from the first reports under the 2007 条例 to
 * 2100. Reports before the 2019 format used older tables that no format here defines: such a year is taken as a year
 * (not a typing mistake), and a report of it is refused with that reason (yearBeforeFormatsMessage), never read into
 * tables it did not use. See FORMATS_FIRST_YEAR.
 */
export const REPORT_YEARS = { first: 2007, last: 2100 } as const;

/** The first year an official format defined here applies to; a report of an earlier year used older tables. */
export const FORMATS_FIRST_YEAR = 2019;

/** The official format for a report year: 2019 format for 2019–2020, 2021 format from 2021 on. */
export function formatForYear(year: number): FormatDef {
  return year <= 2020 ? formats["2019"] : formats["2021"];
}

/** The definition of one table in a format. */
export function tableOf(format: FormatDef, id: TableId): TableDef {
  const table = format.tables.find((t) => t.id === id);
  if (!table) throw new Error(`format ${format.id} has no table ${id}`);
  return table;
}
