import { cellsOfTable, findCell, refId } from "../cells";
import type { CellRef, Report, TableId } from "../model";
import { formats, tableOf } from "../tables/formats";
import { kindProblem, valueAt } from "../values";

// The figures a draft quotes, read from the tables by the spec's cell keys. A blank cell is "blank", never 0: the draft
// says it was not filled in rather than claiming none. A figure of the wrong kind (1.5 applications, a negative
// amount, a number beyond any report) is left out: undefined, and the draft says the figure is to be checked. A cell
// the file did not have (a table not found, a row not read) is "unread": the draft says so, never 0 nor 未填写.

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

/**
 * A figure a draft may print, "blank" for a cell left empty, "unread" for a cell the file did not give, undefined
 * when its cell holds a value of the wrong kind.
 */
export type Figure = number | "blank" | "unread" | undefined;

/** The cells a report file did not give, by refId (an empty set for a whole report). */
export type UnreadCells = ReadonlySet<string>;

const NONE_UNREAD: UnreadCells = new Set();

/** The unread cells of a reading as the set the figures are read with. */
export const unreadSet = (cells: readonly CellRef[] = []): UnreadCells =>
  cells.length === 0 ? NONE_UNREAD : new Set(cells.map(refId));

type FiguresOf<K extends Record<string, string>> = { [P in keyof K]: Figure };
export type Disclosure2021Figures = FiguresOf<typeof disclosureKeys2021>;
export type Disclosure2019Figures = FiguresOf<typeof disclosureKeys2019>;
export type OutcomeKey = (typeof outcomeGroups)[number];
export type ApplicationFigures = FiguresOf<typeof applicationKeys> & {
  outcomes: Record<OutcomeKey, Figure>;
  review: Figure;
  suits: Figure;
  /** 结果纠正 of 行政复议 and both kinds of 行政诉讼. */
  corrected: Figure;
};

/** A cell's figure for a draft: "unread" when not read, "blank" when empty, undefined for a value of the wrong kind. */
function figureAt(report: Report, ref: CellRef, unread: UnreadCells): Figure {
  if (unread.has(refId(ref))) return "unread";
  const value = valueAt(report, ref);
  if (value === undefined) return "blank";
  const cell = findCell(formats[report.format], ref);
  return cell && kindProblem(value, cell.kind) ? undefined : value;
}

/**
 * The sum of figures: undefined when one of them is, "unread" when one was not read, "blank" when all are, blanks
 * adding nothing otherwise.
 */
export function sumOf(figures: readonly Figure[]): Figure {
  if (figures.includes(undefined)) return undefined;
  if (figures.includes("unread")) return "unread";
  const numbers = figures.filter((f): f is number => typeof f === "number");
  return numbers.length === 0 && figures.length > 0 ? "blank" : numbers.reduce((sum, f) => sum + f, 0);
}

/** Nothing to tell: every figure 0 or blank. */
export const noneOf = (figures: readonly Figure[]): boolean => figures.every((f) => f === 0 || f === "blank");

/**
 * A body below the level that makes 规章 (a county bureau) reports them as 0 or leaves them blank: every 规章 figure of
 * table 二 is 0 or blank, and the draft does not mention 规章 at all.
 */
export function rulesOmitted(report: Report, unread: UnreadCells = NONE_UNREAD): boolean {
  const keys = report.format === "2021" ? Object.values(disclosureKeys2021) : Object.values(disclosureKeys2019);
  return noneOf(
    keys.filter((key) => key.startsWith("rules.")).map((key) => figureAt(report, { table: "disclosure", key }, unread)),
  );
}

function read<K extends Record<string, string>>(
  report: Report,
  table: TableId,
  keys: K,
  unread: UnreadCells,
): FiguresOf<K> {
  return Object.fromEntries(
    Object.entries(keys).map(([name, key]) => [name, figureAt(report, { table, key }, unread)]),
  ) as FiguresOf<K>;
}

/** The cells a draft quotes (规章 not, for a body without them). */
function quotedCells(report: Report, unread: UnreadCells): CellRef[] {
  const keys = report.format === "2021" ? Object.values(disclosureKeys2021) : Object.values(disclosureKeys2019);
  const withoutRules = rulesOmitted(report, unread) ? keys.filter((key) => !key.startsWith("rules.")) : keys;
  return [
    ...withoutRules.map((key) => ({ table: "disclosure" as const, key })),
    ...cellsOfTable(tableOf(formats[report.format], "applications"))
      .filter((cell) => cell.column.key === "total")
      .map((cell) => cell.ref),
    ...["review.total", "suitDirect.total", "suitAfterReview.total"].map((key) => ({ table: "appeals" as const, key })),
  ];
}

/** The cells a draft quotes that are of one kind of figure: of the wrong kind (undefined), "blank" or "unread". */
export const quotedCellsThat = (
  report: Report,
  kind: undefined | "blank" | "unread",
  unread: UnreadCells = NONE_UNREAD,
): CellRef[] => quotedCells(report, unread).filter((ref) => figureAt(report, ref, unread) === kind);

/** The cells a draft quotes whose values it leaves out, being of the wrong kind for their cells. */
export const leftOutCells = (report: Report, unread: UnreadCells = NONE_UNREAD): CellRef[] =>
  quotedCellsThat(report, undefined, unread);

/** The cells a draft quotes that are blank: the draft says “未填写” where they stand. */
export const blankCells = (report: Report, unread: UnreadCells = NONE_UNREAD): CellRef[] =>
  quotedCellsThat(report, "blank", unread);

/** The 总计 column of a group's rows: the row itself (disclosed) or its items (withheld.stateSecret…). */
function sumGroup(report: Report, group: OutcomeKey, unread: UnreadCells): Figure {
  return sumOf(
    cellsOfTable(tableOf(formats[report.format], "applications"))
      .filter((cell) => cell.column.key === "total")
      .filter((cell) => cell.row.key === group || cell.row.key.startsWith(`${group}.`))
      .map((cell) => figureAt(report, cell.ref, unread)),
  );
}

/** The application and appeal figures of a report, the same in both formats. */
export function readApplicationFigures(report: Report, unread: UnreadCells = NONE_UNREAD): ApplicationFigures {
  const appeals = (key: string): Figure => figureAt(report, { table: "appeals", key }, unread);
  return {
    ...read(report, "applications", applicationKeys, unread),
    outcomes: Object.fromEntries(outcomeGroups.map((g) => [g, sumGroup(report, g, unread)])) as Record<
      OutcomeKey,
      Figure
    >,
    review: appeals("review.total"),
    suits: sumOf([appeals("suitDirect.total"), appeals("suitAfterReview.total")]),
    corrected: sumOf(["review", "suitDirect", "suitAfterReview"].map((row) => appeals(`${row}.corrected`))),
  };
}

/** The table 二 figures of a format 2021 report. */
export const readDisclosure2021Figures = (report: Report, unread: UnreadCells = NONE_UNREAD): Disclosure2021Figures =>
  read(report, "disclosure", disclosureKeys2021, unread);

/** The table 二 figures of a format 2019 report. */
export const readDisclosure2019Figures = (report: Report, unread: UnreadCells = NONE_UNREAD): Disclosure2019Figures =>
  read(report, "disclosure", disclosureKeys2019, unread);

/**
 * A 万元 amount as written in prose and messages: at most 4 decimals, no trailing zeros (7.90001 → 7.9, 850.0000 →
 * 850). Rounded to 4 decimals, a figure below 10 亿 never prints with an exponent (String does so only below 1e-6).
 */
export function formatWan(amount: number): string {
  return String(Number(amount.toFixed(4)));
}
