/** The shapes every part of nianbao shares: formats, tables, cells, reports and findings. */

export type FormatId = "2019" | "2021";
export type TableId = "disclosure" | "applications" | "appeals";
export type SectionKey = "overview" | "problems" | "other";

/** count: whole ≥ 0; change: whole, may be negative (本年增/减); money: 万元 ≥ 0 with decimals. */
export type ValueKind = "count" | "change" | "money";

/** A cell of a table, addressed by the spec's stable key `<row>.<column>`. */
export type CellRef = { table: TableId; key: string };

export type ColumnDef = {
  key: string;
  label: string;
  /** Header cells above this one, outermost first (e.g. 法人或其他组织). */
  groups?: readonly string[];
  /** Defaults to the table's kind. */
  kind?: ValueKind;
  /** Money columns: decimals shown and accepted. */
  decimals?: number;
};

export type RowDef = {
  key: string;
  label: string;
  /** Merged label cells to the left of this row, outermost first (e.g. 三、本年度办理结果, （三）不予公开). */
  groups?: readonly string[];
};

/**
 * A block of a table with its own header: table 二 has one per 第二十条 item; tables 三 and 四 have one.
 * A `flat` section is printed as one line of numbers: each row becomes a header group over the columns,
 * and row groups become header groups above those (table 四: 行政诉讼 over 未经复议直接起诉 and 复议后起诉).
 */
export type SectionDef = {
  heading?: string;
  /** The top-left header cell (信息内容). */
  corner?: string;
  /** Header cells spanning all columns (申请人情况). */
  columnsHeading?: string;
  layout: "grid" | "flat";
  columns: readonly ColumnDef[];
  rows: readonly RowDef[];
};

export type TableDef = {
  id: TableId;
  title: string;
  /** Alternative headings seen in published reports, for readers. */
  titleVariants?: readonly string[];
  caption?: string;
  kind: ValueKind;
  /** Units that fit a count in this table, besides the money units. */
  unit: "件" | "项";
  sections: readonly SectionDef[];
};

export type TextSectionDef = {
  key: SectionKey;
  title: string;
  titleVariants?: readonly string[];
};

/** Values of one table by cell key; a missing key is a blank cell. */
export type TableValues = Record<string, number>;

export type Report = {
  format: FormatId;
  year: number;
  body: string;
  tables: Record<TableId, TableValues>;
  text: Partial<Record<SectionKey, string>>;
};

/** info: how something was read (a label read as its official form); never counts as a problem. */
export type Severity = "error" | "warning" | "info";

export type FindingCode =
  | "cell.notNumber"
  | "cell.notWhole"
  | "cell.negative"
  | "cell.wrongUnit"
  | "cell.blank"
  | "cell.unitTyped"
  | "cell.unitMissing"
  | "cell.text"
  | "cell.tooLarge"
  /** A total of the add-in's sheet that no longer holds its formula (typed over, pasted across). */
  | "cell.formulaLost"
  /** A workbook formula that refers to itself, directly or through others: no figure can be read from it. */
  | "cell.circularFormula"
  | "read.labelVariant"
  | "read.formatYear"
  | "read.runTogether"
  /** A group of rows given as one row of its sum (2021's （六）其他处理 written as in 2019): checked by the sum. */
  | "read.subRowsSummed"
  | "read.traditional"
  | "sum.mismatch"
  | "balance.mismatch"
  | "atLeast.violated"
  | "carryOver.mismatch"
  | "side.blank"
  /** A report with no figure at all (a blank template): never a pass. */
  | "report.noFigures"
  | "narrative.figureMismatch"
  | "narrative.yearPlan"
  /** Section 一 opens with another year than the report's (“2025年，…” in a 2024 report). */
  | "narrative.yearOpening"
  | "narrative.headingMissing"
  | "narrative.feeMissing"
  | "quality.repeatedText"
  | "quality.previousYear"
  | "quality.problemsThin"
  | "quality.headingNumber"
  | "quality.headingMissing"
  | "quality.formatYear"
  | "quality.figureJump"
  | "review.duplicate"
  | "review.versionConflict"
  | "review.mixedYears"
  | "review.hierarchySum";

/** A problem in the user's figures or text: data, turned into Chinese by the message table. */
export type Finding = {
  ruleId: string;
  severity: Severity;
  code: FindingCode;
  cells: CellRef[];
  expected?: number;
  actual?: number;
  /** Text sections the finding is about, for prose checks. */
  section?: SectionKey;
  /** What the person wrote: a cell's raw text or the quoted phrase of the prose. */
  quote?: string;
  /**
   * For read.labelVariant: the official label the quote was read as; for read.formatYear: the tables' format; for
   * read.runTogether: the cells the quoted digits were cut into; for side.blank: the side left blank ("left" or
   * "right"), `expected` being what the other side adds up to.
   */
  detail?: string;
  /** Prose findings: how many more times the same problem occurs in the text, not listed one by one. */
  repeats?: number;
  /** Rule findings: cells among the rule's (or summed into its totals) that hold text, counted as 0 as Excel does. */
  textCauses?: readonly { cell: CellRef; quote: string }[];
  /** A warning a person looked at and set aside, with their reason; it returns when its figures change. */
  dismissed?: { reason: string };
  /** Review findings: the other files or bodies the finding names (a duplicate's twin, the children summed). */
  others?: readonly string[];
  /** Review findings: the bodies that should have been there and were not (children without a report). */
  missing?: readonly string[];
  /** Rule findings on a line the report wrote in place of the table's own (a group's sum row): that line's label. */
  line?: string;
  /** read.subRowsSummed: the figures given for groups of cells not read one by one, each the sum of its cells. */
  sums?: readonly KnownSum[];
  /** In the pane only (groupFindings): findings that echo this one, the same mistake seen in a total column. */
  related?: Finding[];
};

/**
 * A rule that could not be checked because some of its cells were not read (a partial published report):
 * its own status, never an error and never a silent pass.
 */
export type NotChecked = { ruleId: string; cells: CellRef[]; reason: "cellsUnread" | "subRowsSummed" };

/**
 * The figure a report gives for cells it does not give one by one: their sum (（六）其他处理 written as one row in
 * place of its three items). Rules that need only the sum are checked with it.
 */
export type KnownSum = {
  cells: readonly CellRef[];
  value: number;
  /** The line it was written on (（六）其他处理). */
  line: string;
};

/** What a reader may be told, or find, beyond the file's content: the year, the format, the file's name. */
export type ReadHint = { year?: number; format?: FormatId; fileName?: string };
