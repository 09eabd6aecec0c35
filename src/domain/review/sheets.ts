import { findCell } from "../cells";
import { describeFinding } from "../messages.zh-CN";
import type { CellRef, Finding, FormatId, Severity } from "../model";
import { formats } from "../tables/formats";
import type { BatchReview, FileFinding, ReviewEntry } from "./batch";
import { fileLabel } from "./body-name";
import type { HierarchyResult } from "./hierarchy";
import { keyFigureOf, keyFigures } from "./key-figures";
import { RATE_IDS, ratesOf } from "./rates";
import {
  batchLabels,
  crossYearHeadings,
  findingHeadings,
  hierarchyHeadings,
  hierarchyNotes,
  severityLabels,
  sheetNames,
  statusLabels,
  summaryHeadings,
  tieResults,
} from "./sheets.zh-CN";

// The results workbook as data: which sheets, which columns, which rows in which order (worst first), and the tone
// of each row's status. The .xlsx writer only draws it.

export type Tone = "unreadable" | "errors" | "partial" | "passed" | "warning";
export type ColumnKind = "text" | "number" | "percent";
/** A cell: text, a number, or a fraction shown as a percentage (undefined: “—”). */
export type SheetValue = string | number | undefined;
export type SheetRow = { values: SheetValue[]; tone?: Tone };
export type ReviewSheet = {
  name: string;
  columns: { header: string; kind: ColumnKind }[];
  rows: SheetRow[];
  /** The column whose cells are filled by the row's tone. */
  toneColumn?: number;
};

export type Status = keyof typeof statusLabels;
const statusRank: Record<Status, number> = { unreadable: 0, errors: 1, partial: 2, passed: 3 };

const count = (entry: ReviewEntry, severity: Severity): number =>
  entry.findings.filter((f) => f.finding.severity === severity).length + (entry.kept.omitted?.[severity] ?? 0);

/** 通过, 有错误 or 未读完: an entry's status in the 汇总 sheet. */
export function statusOf(entry: ReviewEntry): Status {
  if (count(entry, "error") > 0) return "errors";
  return entry.kept.partial ? "partial" : "passed";
}

const extension = (file: string): string => /\.[^./\\]+$/.exec(file)?.[0].toLowerCase() ?? "";

/** How many of the batch's reports have each status (unreadable files counted as such). */
export function statusCounts(batch: BatchReview): Record<Status, number> {
  const counts: Record<Status, number> = { unreadable: batch.unreadable.length, errors: 0, partial: 0, passed: 0 };
  for (const entry of batch.entries) counts[statusOf(entry)] += 1;
  return counts;
}

/** Entries worst first: by status, then more errors, more warnings, then body and year. */
export function sortEntries(entries: readonly ReviewEntry[]): ReviewEntry[] {
  // Counted once per entry, not once per comparison.
  const keys = new Map(
    entries.map((e) => [
      e,
      { rank: statusRank[statusOf(e)], errors: count(e, "error"), warnings: count(e, "warning") },
    ]),
  );
  const key = (entry: ReviewEntry) => keys.get(entry)!;
  return [...entries].sort(
    (a, b) =>
      key(a).rank - key(b).rank ||
      key(b).errors - key(a).errors ||
      key(b).warnings - key(a).warnings ||
      a.body.localeCompare(b.body, "zh-CN") ||
      a.year - b.year,
  );
}

/** The results workbook's sheets; 层级 only when a hierarchy was given or found. */
export function reviewSheets(batch: BatchReview, hierarchy?: readonly HierarchyResult[]): ReviewSheet[] {
  const entries = sortEntries(batch.entries);
  return [
    summarySheet(batch, entries),
    findingSheet(batch, entries),
    crossYearSheet(entries),
    ...(hierarchy ? [hierarchySheet(hierarchy)] : []),
  ];
}

function summarySheet(batch: BatchReview, entries: readonly ReviewEntry[]): ReviewSheet {
  const h = summaryHeadings;
  const text = (header: string) => ({ header, kind: "text" as const });
  const number = (header: string) => ({ header, kind: "number" as const });
  const percent = (header: string) => ({ header, kind: "percent" as const });
  const columns = [
    text(h.body),
    number(h.year),
    text(h.files),
    text(h.fileKinds),
    text(h.format),
    text(h.status),
    number(h.errors),
    number(h.warnings),
    ...keyFigures.map((k) => number(k.label)),
    ...RATE_IDS.map((id) => percent(h[id])),
    percent(h.receivedChange),
    text(h.previous),
  ];
  const unreadable = batch.unreadable.map(({ file, reasons }) => ({
    tone: "unreadable" as const,
    values: [
      batchLabels.unknownBody,
      undefined,
      fileLabel(file),
      extension(file),
      "",
      statusLabels.unreadable,
      reasons.length,
      0,
    ],
  }));
  const read = entries.map((entry) => {
    const report = entry.kept.report;
    const rates = ratesOf(report);
    const received = keyFigures.find((k) => k.id === "received")!;
    const now = keyFigureOf(report, received);
    const before = entry.previous && keyFigureOf(entry.previous.report, received);
    const status = statusOf(entry);
    return {
      tone: status,
      values: [
        entry.body,
        entry.year,
        entry.files.map(fileLabel).join("、"),
        [...new Set(entry.files.map(extension))].join("、"),
        report.format,
        statusLabels[status],
        count(entry, "error"),
        count(entry, "warning"),
        ...keyFigures.map((k) => keyFigureOf(report, k)),
        ...RATE_IDS.map((id) => rates[id]),
        now !== undefined && before ? (now - before) / before : undefined,
        entry.previous ? fileLabel(entry.previous.file) : batchLabels.none,
      ],
    };
  });
  return { name: sheetNames.summary, columns, rows: [...unreadable, ...read], toneColumn: 5 };
}

/** Table, row and column of a finding's first cell, as a person finds them in the printed table. */
function placeOf(format: FormatId | undefined, ref: CellRef | undefined): [string, string, string] {
  const cell = format && ref && findCell(formats[format], ref);
  if (!format || !ref || !cell) return ["", "", ""];
  const title = formats[format].tables.find((t) => t.id === ref.table)?.title ?? "";
  const group = cell.row.groups?.at(-1);
  const row = group && group !== "三、本年度办理结果" ? `${group}${cell.row.label}` : cell.row.label;
  return [title, row, [...(cell.column.groups ?? []), cell.column.label].join("·")];
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function findingRow(body: string, year: number | undefined, { file, format, finding }: FileFinding) {
  const message = describeFinding(formats[format ?? "2021"], finding);
  return {
    tone:
      finding.severity === "error"
        ? ("errors" as const)
        : finding.severity === "warning"
          ? ("warning" as const)
          : undefined,
    values: [
      body,
      year,
      file ? fileLabel(file) : batchLabels.none,
      ...placeOf(format, finding.cells[0]),
      severityLabels[finding.severity],
      message,
      finding.ruleId,
    ],
  };
}

function findingSheet(batch: BatchReview, entries: readonly ReviewEntry[]): ReviewSheet {
  const unreadable = batch.unreadable.flatMap(({ file, reasons }) =>
    reasons.map((reason) => ({
      tone: "unreadable" as const,
      values: [
        batchLabels.unknownBody,
        undefined,
        fileLabel(file),
        "",
        "",
        "",
        severityLabels.error,
        reason,
        batchLabels.readRule,
      ],
    })),
  );
  const wholeBatch = batch.batchFindings.map((finding: Finding) =>
    findingRow(batchLabels.wholeBatch, undefined, { file: "", finding }),
  );
  const perEntry = entries.flatMap((entry) =>
    [...entry.findings]
      .sort((a, b) => severityRank[a.finding.severity] - severityRank[b.finding.severity])
      .map((f) => findingRow(entry.body, entry.year, f)),
  );
  const columns = findingHeadings.map((header) => ({ header, kind: header === "年度" ? "number" : "text" }) as const);
  return { name: sheetNames.findings, columns, rows: [...unreadable, ...wholeBatch, ...perEntry], toneColumn: 6 };
}

/** One row per pair of a body's consecutive years: how many ties were checked, and those that do not hold. */
function crossYearSheet(entries: readonly ReviewEntry[]): ReviewSheet {
  const rows = entries.flatMap((entry): SheetRow[] => {
    const previous = entry.previous;
    if (!previous) return [];
    const format = formats[entry.kept.report.format];
    const differing = entry.ties.filter((tie) => !tie.holds);
    const details = differing.map((tie) => {
      const cell = findCell(format, tie.cell);
      const name = cell ? `${cell.row.label}·${cell.column.label}` : tie.cell.key;
      return tieResults.detail(name, tie.actual, tie.expected);
    });
    const result =
      entry.ties.length === 0 ? tieResults.none : differing.length > 0 ? tieResults.differs : tieResults.holds;
    return [
      {
        tone: entry.ties.length === 0 ? undefined : differing.length > 0 ? "errors" : "passed",
        values: [
          entry.body,
          entry.year - 1,
          entry.year,
          fileLabel(previous.file),
          fileLabel(entry.kept.file),
          entry.ties.length,
          differing.length,
          result,
          details.join("；"),
        ],
      },
    ];
  });
  rows.sort((a, b) => Number(a.tone !== "errors") - Number(b.tone !== "errors"));
  const numeric = new Set<string>(["上年", "本年", "核对项", "不一致"]);
  const columns = crossYearHeadings.map(
    (header) => ({ header, kind: numeric.has(header) ? "number" : "text" }) as const,
  );
  return { name: sheetNames.crossYear, columns, rows, toneColumn: 7 };
}

function hierarchySheet(results: readonly HierarchyResult[]): ReviewSheet {
  const rows = results.flatMap(({ parent, included, missing, differences }): SheetRow[] => {
    const format = formats[parent.kept.report.format];
    const head = [parent.body, parent.year, included.map((e) => e.body).join("、"), missing.join("、")];
    if (differences.length === 0) {
      const note = included.length === 0 ? hierarchyNotes.noChildren : hierarchyNotes.allEqual;
      return [{ tone: missing.length > 0 ? ("warning" as const) : ("passed" as const), values: [...head, note] }];
    }
    return differences.map((d) => {
      const [table, row, column] = placeOf(format.id, d.cell);
      return {
        tone: "warning" as const,
        values: [
          ...head,
          `${table.split("、")[0] ?? ""}·${row}·${column}`,
          d.parent,
          d.children,
          d.parent - d.children,
        ],
      };
    });
  });
  const numeric = new Set(["年度", "上级数", "下级合计", "差额"]);
  const columns = hierarchyHeadings.map(
    (header) => ({ header, kind: numeric.has(header) ? "number" : "text" }) as const,
  );
  return { name: sheetNames.hierarchy, columns, rows, toneColumn: 4 };
}
