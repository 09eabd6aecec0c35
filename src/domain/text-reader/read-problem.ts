import type { FormatId, TableId } from "../model";

// What the published-text reader could not read. Turned into Chinese by describeReadProblem in messages.zh-CN.ts.

export type ReadProblemCode =
  "format.unknown" | "year.unknown" | "table.missing" | "table.incomplete" | "table.ambiguous";

/** Why a table could not be read, so the message can say what to fix. */
export type ReadProblemReason =
  | "headingMissing"
  | "rowMissing"
  | "tooFewNumbers"
  | "tooManyNumbers"
  | "labelRepeated"
  | "strayNumbers"
  | "yearMismatch";

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
};

/** A row the official table does not have (e.g. 其他主动公开文件): kept as written, not checked. */
export type ExtraRow = { table: TableId; label: string; cells: string[] };
