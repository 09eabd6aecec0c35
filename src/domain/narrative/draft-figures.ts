import { cellsOfTable } from "../cells";
import type { Report, TableId } from "../model";
import { formats, tableOf } from "../tables/formats";
import { valueAt } from "../values";

// The figures a draft quotes, read from the tables by the spec's cell keys. Blank cells count as 0.

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

type FiguresOf<K extends Record<string, string>> = { [P in keyof K]: number };
export type Disclosure2021Figures = FiguresOf<typeof disclosureKeys2021>;
export type Disclosure2019Figures = FiguresOf<typeof disclosureKeys2019>;
export type OutcomeKey = (typeof outcomeGroups)[number];
export type ApplicationFigures = FiguresOf<typeof applicationKeys> & {
  outcomes: Record<OutcomeKey, number>;
  review: number;
  suits: number;
};

function read<K extends Record<string, string>>(report: Report, table: TableId, keys: K): FiguresOf<K> {
  const value = (key: string): number => valueAt(report, { table, key }) ?? 0;
  return Object.fromEntries(Object.entries(keys).map(([name, key]) => [name, value(key)])) as FiguresOf<K>;
}

/** The 总计 column of a group's rows: the row itself (disclosed) or its items (withheld.stateSecret…). */
function sumGroup(report: Report, group: OutcomeKey): number {
  return cellsOfTable(tableOf(formats[report.format], "applications"))
    .filter((cell) => cell.column.key === "total")
    .filter((cell) => cell.row.key === group || cell.row.key.startsWith(`${group}.`))
    .reduce((sum, cell) => sum + (valueAt(report, cell.ref) ?? 0), 0);
}

/** The application and appeal figures of a report, the same in both formats. */
export function readApplicationFigures(report: Report): ApplicationFigures {
  const appeals = (key: string): number => valueAt(report, { table: "appeals", key }) ?? 0;
  return {
    ...read(report, "applications", applicationKeys),
    outcomes: Object.fromEntries(outcomeGroups.map((g) => [g, sumGroup(report, g)])) as Record<OutcomeKey, number>,
    review: appeals("review.total"),
    suits: appeals("suitDirect.total") + appeals("suitAfterReview.total"),
  };
}

/** The table 二 figures of a format 2021 report. */
export const readDisclosure2021Figures = (report: Report): Disclosure2021Figures =>
  read(report, "disclosure", disclosureKeys2021);

/** The table 二 figures of a format 2019 report. */
export const readDisclosure2019Figures = (report: Report): Disclosure2019Figures =>
  read(report, "disclosure", disclosureKeys2019);

/** A 万元 amount as written in prose: at most 4 decimals, no trailing zeros (7.90001 → 7.9). */
export function formatWan(amount: number): string {
  return String(Number(amount.toFixed(4)));
}
