// zod/mini, not classic zod: the pane loads this module at start-up, and the mini build is shaken to what is used.
// Not in the domain's index (writing report JSON is, in to-report-json.ts): reading it is the only use of zod there,
// and a command's worker checking PDFs or workbooks would otherwise load zod for nothing.
import { z } from "zod/mini";
import { hasCell } from "./cells";
import { formatYearFit, formatYearWarning } from "./format-year";
import type { Dismissal } from "./dismissals";
import { jsonMessages } from "./messages.zh-CN";
import type { CellRef, Finding, Report, TableId } from "./model";
import { formats, REPORT_YEARS } from "./tables/formats";
import { REPORT_SCHEMA_ID } from "./to-report-json";

const tableValues = z.record(z.string(), z.number());

const cellRef = z.strictObject({ table: z.enum(["disclosure", "applications", "appeals"]), key: z.string() });

/** A warning a person set aside, with the reason they gave and the fingerprint of the figures it was about. */
const dismissal = z.strictObject({
  ruleId: z.string(),
  cells: z.array(cellRef),
  reason: z.string(),
  fingerprint: z.string(),
});

/** The public report JSON (`nianbao.report/1`): CLI input and output, import and export. */
export const reportJsonSchema = z.strictObject({
  schema: z.literal(REPORT_SCHEMA_ID),
  format: z.enum(["2019", "2021"]),
  year: z.int().check(z.gte(REPORT_YEARS.first), z.lte(REPORT_YEARS.last)),
  body: z.string(),
  tables: z.strictObject({ disclosure: tableValues, applications: tableValues, appeals: tableValues }),
  text: z._default(
    z.strictObject({
      overview: z.optional(z.string()),
      problems: z.optional(z.string()),
      other: z.optional(z.string()),
    }),
    {},
  ),
  /** Cells a partial report did not have (`nianbao convert` of a page cut short): not checked, never blank. */
  unread: z.optional(z.array(cellRef)),
  /** Warnings set aside in the add-in or by hand, each with its reason (optional). */
  dismissed: z.optional(z.array(dismissal)),
});

type Issue = { path: PropertyKey[]; message: string };

/** Keys and years the shape alone cannot judge: they depend on the format. Checked even when the shape fails. */
function cellKeyIssues(data: unknown): Issue[] {
  const loose = z
    .object({ format: z.enum(["2019", "2021"]), year: z.unknown(), tables: z.record(z.string(), z.unknown()) })
    .safeParse(data);
  if (!loose.success) return [];
  const { format: id, year, tables } = loose.data;
  const format = formats[id];
  const issues: Issue[] = [];
  // A later year in the 2019 tables is read as written, with a warning, as the text reader does.
  if (typeof year === "number" && formatYearFit(id, year) === "impossible") {
    issues.push({ path: ["format"], message: jsonMessages.formatYear(id, year) });
  }
  for (const [table, values] of Object.entries(tables)) {
    if (!format.tables.some((t) => t.id === table) || typeof values !== "object" || values === null) continue;
    for (const key of Object.keys(values)) {
      if (!hasCell(format, table as TableId, key)) {
        issues.push({ path: ["tables", table, key], message: jsonMessages.unknownKey(id, key) });
      }
    }
  }
  const unread = z
    .array(z.object({ table: z.string(), key: z.string() }))
    .safeParse((data as { unread?: unknown }).unread);
  for (const [index, cell] of (unread.success ? unread.data : []).entries()) {
    if (format.tables.some((t) => t.id === cell.table) && !hasCell(format, cell.table as TableId, cell.key)) {
      issues.push({ path: ["unread", index, "key"], message: jsonMessages.unknownKey(id, cell.key) });
    }
  }
  return issues;
}

export type ReportJson = z.infer<typeof reportJsonSchema>;

export type ParsedReportJson =
  | {
      ok: true;
      report: Report;
      unread?: CellRef[];
      dismissals: Dismissal[];
      /** A report of a later year in the 2019 tables: read.formatYear. */
      findings: Finding[];
    }
  | { ok: false; errors: string[] };

const chineseErrors = (issue: z.core.$ZodRawIssue): string => jsonMessages.zodIssue(issue);

/** Reads report JSON, or lists in Chinese every bad field with its path. */
export function parseReportJson(data: unknown): ParsedReportJson {
  const parsed = reportJsonSchema.safeParse(data, { error: chineseErrors });
  const issues = [...(parsed.success ? [] : parsed.error.issues), ...cellKeyIssues(data)];
  if (!parsed.success || issues.length > 0) {
    return { ok: false, errors: issues.map((issue) => jsonMessages.issue(issue.path.map(String), issue.message)) };
  }
  const { format, year, body, tables, text, unread, dismissed = [] } = parsed.data;
  const report: Report = { format, year, body, tables: structuredClone(tables), text: { ...text } };
  const findings = formatYearFit(format, year) === "late" ? [formatYearWarning(format, year)] : [];
  return { ok: true, report, ...(unread?.length ? { unread } : {}), dismissals: structuredClone(dismissed), findings };
}
