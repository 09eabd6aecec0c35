import type { Dismissal } from "./dismissals";
import type { Report } from "./model";
import type { ReportJson } from "./report-json";
import { formats } from "./tables/formats";

// Writing report JSON needs no zod (only reading it does, in report-json.ts): this half is in the domain's index.

export const REPORT_SCHEMA_ID = "nianbao.report/1";

/** The report as `nianbao.report/1` JSON, cell keys in the definition order, with its dismissals when it has any. */
export function toReportJson(report: Report, dismissals: readonly Dismissal[] = []): ReportJson {
  const format = formats[report.format];
  const tables = Object.fromEntries(
    format.tables.map((table) => {
      const values = report.tables[table.id];
      const ordered = table.sections.flatMap((s) => s.rows.flatMap((r) => s.columns.map((c) => `${r.key}.${c.key}`)));
      return [table.id, Object.fromEntries(ordered.filter((k) => values[k] !== undefined).map((k) => [k, values[k]]))];
    }),
  ) as ReportJson["tables"];
  return {
    schema: REPORT_SCHEMA_ID,
    format: report.format,
    year: report.year,
    body: report.body,
    tables,
    text: report.text,
    ...(dismissals.length > 0 ? { dismissed: structuredClone([...dismissals]) } : {}),
  };
}
