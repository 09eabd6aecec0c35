import type { FormatId, TableId } from "../model";

// What the published-text reader could not read. Turned into Chinese by describeReadProblem in read-problem.zh-CN.ts.

export type ReadProblemCode =
  "format.unknown" | "year.unknown" | "table.missing" | "table.incomplete" | "table.ambiguous" | "report.second";

/** Why cells could not be read, so the message can say what to fix. */
export type ReadProblemReason =
  | "headingMissing"
  | "rowMissing"
  | "tooFewNumbers"
  | "tooManyNumbers"
  | "labelRepeated"
  | "labelUnclear"
  | "runTogether"
  | "strayNumbers"
  | "beforeHeading"
  | "tooLong"
  | "yearMismatch";

/** What was left unread because of the problem: the whole table, one 第二十条 item, one row, or nothing. */
export type ReadScope = "table" | "section" | "row" | "none";

export type ReadProblem = {
  code: ReadProblemCode;
  table?: TableId;
  /** The label concerned as the definitions write it, or the stray text as the report writes it. */
  detail?: string;
  reason?: ReadProblemReason;
  /** How many numbers the row or table should have, and how many were read. */
  expected?: number;
  actual?: number;
  /** For a format that does not fit the year: the format the tables are in, and the year. */
  format?: FormatId;
  year?: number;
  /** For a row whose figures run together: the digits as written, and whether the row has arithmetic to cut them by. */
  quote?: string;
  checked?: boolean;
  /** For a label close to several official ones: those labels. */
  candidates?: string[];
  /** What was not read because of this problem (absent for problems about the whole report). */
  scope?: ReadScope;
};

/** A row the official table does not have (e.g. 其他主动公开文件): kept as written, not checked. */
export type ExtraRow = { table: TableId; label: string; cells: string[] };
