import { cellsOfTable, findCell } from "../cells";
import type { CellRef, Report, TableId } from "../model";
import { formats, tableOf } from "../tables/formats";
import { kindProblem, valueAt } from "../values";

// The figures a draft quotes, read from the tables by the spec's cell keys. Blank cells count as 0. A figure of the
// wrong kind (1.5 applications, a negative amount, a number beyond any report) is left out: undefined, and the draft
// says the figure is to be checked instead of printing it.

const disclosureKeys2021 = {
  rulesIssued: "rules.issued",
  rulesRepealed: "rules.repealed",
  rulesInForce: "rules.inForce",
  normativeIssued: "normativeDocs.issued",
  normativeRepealed: "normativeDocs.repealed",
  normativeInForce: "normativeDocs.inForce",
  licensing: "licensing.decisions",
  penalty: "penalty.decisions",
  enforcement: "enforcement.decisions",
  feeAmount: "fees.amount",
} as const;

const disclosureKeys2019 = {
  rulesMade: "rules.made",
  rulesPublished: "rules.published",
  rulesTotalPublic: "rules.totalPublic",
  normativeMade: "normativeDocs.made",
  normativePublished: "normativeDocs.published",
  normativeTotalPublic: "normativeDocs.totalPublic",
  licensing: "licensing.decisions",
  penalty: "penalty.decisions",
  enforcement: "enforcement.decisions",
  procurementCount: "procurement.count",
  procurementAmount: "procurement.amount",
} as const;

const applicationKeys = {
  newReceived: "newReceived.total",
  carriedIn: "carriedIn.total",
  resolved: "resultTotal.total",
  carriedOut: "carriedOut.total",
} as const;

/** Outcomes of 三 by the row groups of the table: （三）不予公开 is the sum of withheld.*, and so on. */
const outcomeGroups = [
  "disclosed",
  "partlyDisclosed",
  "withheld",
  "unavailable",
  "notProcessed",
  "otherHandling",
] as const;

/** A figure a draft may print, or undefined when its cell holds a value of the wrong kind. */
export type Figure = number | undefined;

type FiguresOf<K extends Record<string, string>> = { [P in keyof K]: Figure };
export type Disclosure2021Figures = FiguresOf<typeof disclosureKeys2021>;
export type Disclosure2019Figures = FiguresOf<typeof disclosureKeys2019>;
export type OutcomeKey = (typeof outcomeGroups)[number];
export type ApplicationFigures = FiguresOf<typeof applicationKeys> & {
  outcomes: Record<OutcomeKey, Figure>;
  review: Figure;
  suits: Figure;
};

/** A cell's figure for a draft: blank as 0, a value of the wrong kind as undefined. */
function figureAt(report: Report, ref: CellRef): Figure {
  const value = valueAt(report, ref) ?? 0;
  const cell = findCell(formats[report.format], ref);
  return cell && kindProblem(value, cell.kind) ? undefined : value;
}

/** The sum of figures, undefined when one of them is. */
const sumOf = (figures: readonly Figure[]): Figure =>
  figures.reduce<Figure>((sum, f) => (sum === undefined || f === undefined ? undefined : sum + f), 0);

function read<K extends Record<string, string>>(report: Report, table: TableId, keys: K): FiguresOf<K> {
  return Object.fromEntries(
    Object.entries(keys).map(([name, key]) => [name, figureAt(report, { table, key })]),
  ) as FiguresOf<K>;
}

/** The cells a draft quotes whose values it leaves out, being of the wrong kind for their cells. */
export function leftOutCells(report: Report): CellRef[] {
  const keys = report.format === "2021" ? Object.values(disclosureKeys2021) : Object.values(disclosureKeys2019);
  const quoted: CellRef[] = [
    ...keys.map((key) => ({ table: "disclosure" as const, key })),
    ...cellsOfTable(tableOf(formats[report.format], "applications"))
      .filter((cell) => cell.column.key === "total")
      .map((cell) => cell.ref),
    ...["review.total", "suitDirect.total", "suitAfterReview.total"].map((key) => ({ table: "appeals" as const, key })),
  ];
  return quoted.filter((ref) => figureAt(report, ref) === undefined);
}

/** The 总计 column of a group's rows: the row itself (disclosed) or its items (withheld.stateSecret…). */
function sumGroup(report: Report, group: OutcomeKey): Figure {
  return sumOf(
    cellsOfTable(tableOf(formats[report.format], "applications"))
      .filter((cell) => cell.column.key === "total")
      .filter((cell) => cell.row.key === group || cell.row.key.startsWith(`${group}.`))
      .map((cell) => figureAt(report, cell.ref)),
  );
}

/** The application and appeal figures of a report, the same in both formats. */
export function readApplicationFigures(report: Report): ApplicationFigures {
  const appeals = (key: string): Figure => figureAt(report, { table: "appeals", key });
  return {
    ...read(report, "applications", applicationKeys),
    outcomes: Object.fromEntries(outcomeGroups.map((g) => [g, sumGroup(report, g)])) as Record<OutcomeKey, Figure>,
    review: appeals("review.total"),
    suits: sumOf([appeals("suitDirect.total"), appeals("suitAfterReview.total")]),
  };
}

/** The table 二 figures of a format 2021 report. */
export const readDisclosure2021Figures = (report: Report): Disclosure2021Figures =>
  read(report, "disclosure", disclosureKeys2021);

/** The table 二 figures of a format 2019 report. */
export const readDisclosure2019Figures = (report: Report): Disclosure2019Figures =>
  read(report, "disclosure", disclosureKeys2019);

/**
 * A 万元 amount as written in prose and messages: at most 4 decimals, no trailing zeros (7.90001 → 7.9, 850.0000 →
 * 850). Rounded to 4 decimals, a figure below 10 亿 never prints with an exponent (String does so only below 1e-6).
 */
export function formatWan(amount: number): string {
  return String(Number(amount.toFixed(4)));
}
