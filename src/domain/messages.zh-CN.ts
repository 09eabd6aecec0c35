import { findCell, type CellDef } from "./cells";
import type { CellRef, Finding, FormatId, NotChecked } from "./model";
import { clipQuote } from "./narrative/bound-findings";
import { showInvisible } from "./visible-text";
import { formatWan } from "./narrative/draft-figures";
import type { RuleDef } from "./rules/rule";
import { reviewRuleSources, reviewSentence } from "./review/messages.zh-CN";
import { formats, FORMATS_FIRST_YEAR, type FormatDef } from "./tables/formats";

// Every sentence nianbao says about a finding, in one place.

const fmt = (n: number | undefined): string => (n === undefined ? "—" : String(n));

/** The row as a person finds it in the printed table: its innermost group, then its label. */
function rowName(cell: CellDef): string {
  const group = cell.row.groups?.at(-1);
  return group && group !== "三、本年度办理结果" ? `${group}${cell.row.label}` : cell.row.label;
}

/** “三、收到和处理政府信息公开申请情况 · 一、本年新收政府信息公开申请数量 · 自然人” */
export function cellName(format: FormatDef, ref: CellRef): string {
  const cell = findCell(format, ref);
  const table = format.tables.find((t) => t.id === ref.table);
  if (!cell || !table) return `${table?.title ?? ref.table} · ${ref.key}`;
  return `${table.title} · ${rowName(cell)} · ${cell.column.label}`;
}

/** “；其中 表三 · … 为文本“5件”，按 0 计” for a rule finding some of whose cells hold text; nothing otherwise. */
function textCausesClause(format: FormatDef, finding: Finding): string {
  const causes = finding.textCauses ?? [];
  if (causes.length === 0) return "";
  return `；其中 ${causes.map((c) => `${cellName(format, c.cell)} 为文本“${showInvisible(clipQuote(c.quote))}”`).join("、")}，按 0 计`;
}

function ruleMessage(format: FormatDef, rule: RuleDef, finding: Finding): string {
  return ruleSentence(format, rule, finding) + textCausesClause(format, finding);
}

function ruleSentence(format: FormatDef, rule: RuleDef, finding: Finding): string {
  const first = finding.cells[0] && findCell(format, finding.cells[0]);
  const title = format.tables.find((t) => t.id === rule.table)?.title ?? rule.table;
  if (!first) return `${title}：${rule.id}`;
  // Along a row the row names the place and the column names the cell; down a column, the other way round.
  const [where, leftLabel] =
    rule.axis === "row" ? [finding.line ?? rowName(first), first.column.label] : [first.column.label, rowName(first)];
  const left = rule.leftText ?? leftLabel;
  const right = rule.rightText ?? "各项之和";
  const head = `${title} · ${where}：`;
  switch (finding.code) {
    case "sum.mismatch":
    case "balance.mismatch":
      return `${head}${left}（${fmt(finding.actual)}）不等于${right}（${fmt(finding.expected)}）`;
    case "atLeast.violated": {
      const smaller = finding.cells[1] && findCell(format, finding.cells[1]);
      return `${head}${left}（${fmt(finding.actual)}）小于${smaller?.column.label ?? right}（${fmt(finding.expected)}）`;
    }
    case "carryOver.mismatch":
      return `${head}${left}（${fmt(finding.actual)}）与${right}（${fmt(finding.expected)}）不一致`;
    case "side.blank":
      return finding.detail === "right"
        ? `${head}${right}未填写，${left}为 ${fmt(finding.expected)}`
        : `${head}${left}未填写，${right}为 ${fmt(finding.expected)}`;
    default:
      return `${head}${rule.id}`;
  }
}

/**
 * A finding as one Chinese sentence that names the table, row and column as the user sees them (and the total columns
 * where the same mistake shows, when groupFindings folded them in).
 */
export function describeFinding(format: FormatDef, finding: Finding): string {
  const echoes = [
    ...new Set((finding.related ?? []).map((f) => (f.cells[0] && findCell(format, f.cells[0])?.column.label) ?? "")),
  ];
  const sentence = findingSentence(format, finding);
  const withEchoes = echoes.length > 0 ? `${sentence}；${echoes.join("、")}列因此同样不符` : sentence;
  return finding.repeats ? `${withEchoes}（同样的问题另有 ${finding.repeats} 处，未逐一列出）` : withEchoes;
}

function findingSentence(format: FormatDef, finding: Finding): string {
  const rule = format.rules.find((r) => r.id === finding.ruleId);
  if (rule) return ruleMessage(format, rule, finding);
  const cell = finding.cells[0] ? cellName(format, finding.cells[0]) : "";
  const section = format.text.find((s) => s.key === finding.section)?.title ?? "";
  // What a person wrote, with what they cannot see written out (“40\u200b” is why 40 is not a number).
  const quote = showInvisible(clipQuote(finding.quote ?? ""));
  // Money is said as in the drafts: up to 4 decimals, no trailing zeros (850, 0.5, 12.3457).
  const first = finding.cells[0] && findCell(format, finding.cells[0]);
  const value =
    first?.kind === "money" && finding.actual !== undefined ? formatWan(finding.actual) : fmt(finding.actual);
  switch (finding.code) {
    case "cell.notNumber":
      return `${cell}：“${quote}”不是数字，请只填写数字`;
    case "cell.notWhole":
      return `${cell}：应为整数，填写的是 ${value}`;
    case "cell.negative":
      return `${cell}：不能为负数，填写的是 ${value}`;
    case "cell.wrongUnit":
      return `${cell}：“${quote}”的单位与本栏不符`;
    case "cell.blank": {
      const title = format.tables.find((t) => t.id === finding.cells[0]?.table)?.title ?? "";
      return `${title}：有 ${finding.cells.length} 个单元格为空或填写“不适用”等；空白不计入合计，也不当作 0 核对，官方表格要求填写 0`;
    }
    case "cell.unitTyped":
      return `${cell}：“${quote}”带有单位，Excel 会把它当作文字，合计不会计入；请只填写数字 ${value}`;
    case "cell.unitMissing":
      return `${cell}：金额“${quote}”未注明单位，已按万元理解，请核实`;
    case "cell.text":
      return `${cell}：此单元格是文本“${quote}”，Excel 的合计不计入`;
    case "cell.tooLarge":
      return `${cell}：数字 ${quote || value} 过大（超过 10 亿），无法准确核对，请核实`;
    case "cell.formulaLost":
      return `${cell}：合计公式已被改写${quote ? `为“${quote}”` : finding.actual === undefined ? "" : `为 ${value}`}，不再随各项自动合计`;
    case "cell.circularFormula":
      return `${cell}：公式循环引用（直接或通过其他单元格引用了自身），Excel 无法算出结果，未读取任何数字；请改正公式`;
    case "read.labelVariant":
      return `“${quote}”按“${finding.detail ?? ""}”读取`;
    case "read.traditional":
      return "报告为繁体字，已转换为简体字后读取";
    case "read.runTogether": {
      const table = format.tables.find((t) => t.id === finding.cells[0]?.table)?.title ?? "";
      // Table 四 is one printed line across its groups, so a split there names them all, as its refusal does.
      const defs = finding.cells.map((ref) => findCell(format, ref)).filter((cell) => cell !== undefined);
      const rows = [...new Set(defs.map(rowName))];
      const row = rows.length > 0 ? `“${rows.join("、")}”一行` : "一行";
      return `${table} · ${row}的数字连在一起（“${quote}”），只有一种拆分方式符合本行${finding.ruleId === "read.runTogetherByColumns" ? "及各栏合计" : ""}，已读作 ${finding.detail ?? ""}`;
    }
    case "read.subRowsSummed": {
      const table = format.tables.find((t) => t.id === finding.cells[0]?.table)?.title ?? "";
      const items = [...new Set(finding.cells.map((c) => findCell(format, c)?.row.label ?? ""))].length;
      return `${table} · “${finding.detail ?? ""}”只填写了一行合计，未分列其下 ${items} 项；已按合计核对总计等勾稽关系，需要各项数字的校验未核对`;
    }
    case "read.formatYear":
      return `表格为 ${finding.detail ?? ""} 格式，与报告年度 ${fmt(finding.expected)} 年应使用的格式不符；已按表格的格式读取`;
    case "report.noFigures":
      return "报告没有填写任何数字：三张表格均为空，请先填写表格（没有发生的填 0）";
    case "narrative.figureMismatch":
      return `${section}：“${quote}”与表格不符，表格中为 ${fmt(finding.expected)} 件`;
    case "narrative.yearPlan":
      return `${section}：“${quote}”——改进计划应写下一年（${fmt(finding.expected)}年）`;
    case "narrative.yearOpening":
      return `${section}：开头写的是 ${fmt(finding.actual)} 年（“${quote}”），本报告是 ${fmt(finding.expected)} 年度的报告`;
    case "narrative.headingMissing":
      return `缺少“${section}”部分`;
    case "narrative.feeMissing":
      return `${section}：未说明信息处理费收取情况（如“本年度未收取信息处理费。”）`;
    case "sum.mismatch":
    case "balance.mismatch":
    case "atLeast.violated":
    case "carryOver.mismatch":
    case "side.blank":
      return `${cell}：${finding.ruleId}`;
    case "quality.repeatedText":
    case "quality.previousYear":
    case "quality.problemsThin":
    case "quality.headingNumber":
    case "quality.headingMissing":
    case "quality.formatYear":
    case "quality.figureJump":
    case "review.duplicate":
    case "review.versionConflict":
    case "review.mixedYears":
    case "review.hierarchySum":
      return reviewSentence(finding, { section, cell });
  }
}

/** What a rule instance compares, as the user reads it: “三、… · 自然人：（七）总计与各项之和”. */
function ruleWhat(format: FormatDef, rule: RuleDef, cells: readonly CellRef[]): string {
  const title = format.tables.find((t) => t.id === rule.table)?.title ?? rule.table;
  const first = cells[0] && findCell(format, cells[0]);
  if (!first) return title;
  const [where, leftLabel] =
    rule.axis === "row" ? [rowName(first), first.column.label] : [first.column.label, rowName(first)];
  return `${title} · ${where}：${rule.leftText ?? leftLabel}与${rule.rightText ?? "各项之和"}`;
}

/** A rule not checked because some of its cells were not read, as one Chinese sentence. */
export function describeNotChecked(format: FormatDef, item: NotChecked): string {
  const rule = format.rules.find((r) => r.id === item.ruleId);
  const what = rule
    ? ruleWhat(format, rule, item.cells)
    : `正文引用的数字与${item.cells.map((c) => cellName(format, c)).join("、")}`;
  return item.reason === "subRowsSummed"
    ? `只给出各项合计、未分列各项，未核对：${what}`
    : `未读取到全部单元格，未核对：${what}`;
}

/** What a draft's caller says before the draft is used. */
export const draftWarningMessages = {
  tablesHaveErrors: (count: number): string =>
    `表格中有 ${count} 处错误，草稿引用的数字可能不对；请先改正表格，再起草或核对草稿中的数字`,
  figuresLeftOut: (format: FormatId, cells: readonly CellRef[]): string =>
    `${cells.map((c) => cellName(formats[format], c)).join("；")}：不是该栏应有的数字（如件数带小数、金额为负），` +
    `草稿中未写入，以“（数字待核实）”标出`,
  figuresBlank: (format: FormatId, cells: readonly CellRef[]): string =>
    `${cells.map((c) => cellName(formats[format], c)).join("；")}：未填写，草稿中写作“（未填写）”而不写 0；` +
    `请填写表格（没有发生的填 0），再重新起草`,
  figuresUnread: (format: FormatId, cells: readonly CellRef[]): string => {
    const titles = formats[format].tables.filter((t) => cells.some((c) => c.table === t.id)).map((t) => t.title);
    return (
      `${titles.join("、")}：草稿引用的 ${cells.length} 个数字未从文件中读到（表格缺失或未能读取），` +
      `草稿中写作“（未读到）”，既不写 0 也不写“未填写”；请补全报告后再起草`
    );
  },
};

/** Why a report given as last year's cannot be compared with this year's. */
export function previousYearMessage(year: number, previousYear: number): string {
  const which =
    previousYear === year
      ? "与本报告是同一年度"
      : previousYear > year
        ? "晚于本报告的年度"
        : `不是上一年度（${year - 1} 年）`;
  return `作为上年报告的是 ${previousYear} 年度报告，${which}；上年结转等数字只能与 ${year - 1} 年度报告核对，请改用 ${year - 1} 年度报告`;
}

/** Why a report given as last year's may be another body's: both names, as each report writes them. */
export function previousBodyMessage(body: string, previousBody: string): string {
  return `所选上年报告是“${previousBody}”的报告，本报告的机关是“${body}”，不是同一机关；上年结转等数字会取自另一机关的报告`;
}

/** What a value in report JSON is, as a person reading the message would call it. */
const jsonKinds: Record<string, string> = {
  string: "文字",
  number: "数字",
  int: "整数",
  boolean: "是或否（true/false）",
  object: "对象（{…}）",
  record: "对象（{…}）",
  array: "数组（[…]）",
  null: "空值（null）",
  undefined: "空缺",
  bigint: "数字",
};

const jsonKind = (kind: string): string => jsonKinds[kind] ?? "其他值";

/** The kind of a value that was found, in the words of jsonKinds. */
function foundKind(input: unknown): string {
  if (input === null) return jsonKind("null");
  if (Array.isArray(input)) return jsonKind("array");
  return jsonKind(typeof input);
}

const quoted = (values: readonly unknown[]): string => values.map((v) => `“${String(v)}”`).join("、");

/** One problem of report JSON, as zod reports it: only the fields the sentences need. */
export type JsonIssue = {
  code: string;
  expected?: string;
  input?: unknown;
  minimum?: number | bigint;
  maximum?: number | bigint;
  values?: readonly unknown[];
  keys?: readonly string[];
};

/** Sentences about report JSON that does not fit `nianbao.report/1`. */
/** Why a report of a year before the 2019 format (2007–2018) is not read, checked or given a template. */
export function yearBeforeFormatsMessage(year: number): string {
  return (
    `${year} 年度报告早于 ${FORMATS_FIRST_YEAR} 年起施行的两种官方格式（国办公开办函〔2019〕60号、〔2021〕30号），` +
    `当年使用的旧版统计表格与之不同，nianbao 无法按现行表格读取或核对`
  );
}

export const jsonMessages = {
  issue: (path: string[], message: string): string =>
    `${path.length ? path.map((p, i) => (i > 0 && p.includes(".") ? `["${p}"]` : i > 0 ? `.${p}` : p)).join("") : "（根）"}：${message}`,
  /** A zod issue in Chinese only: no type names in English, numbers too large said as such, unknown keys named. */
  zodIssue(issue: JsonIssue): string {
    switch (issue.code) {
      case "invalid_type": {
        const expected = jsonKind(issue.expected ?? "");
        if (issue.input === undefined) return `缺少此项，应为${expected}`;
        if (typeof issue.input === "number" && !Number.isNaN(issue.input) && issue.expected === "number") {
          return "数字过大，超出可以表示的范围（如 1e400），请填写实际数字";
        }
        if (typeof issue.input === "number" && Number.isNaN(issue.input)) return `应为${expected}，填写的不是数字`;
        return `应为${expected}，填写的是${foundKind(issue.input)}`;
      }
      case "too_small":
        return `不能小于 ${String(issue.minimum)}`;
      case "too_big":
        return `不能大于 ${String(issue.maximum)}`;
      case "invalid_value":
        if (issue.input === undefined) return `缺少此项，应为${quoted(issue.values ?? [])}`.replace("”“", "”或“");
        return issue.values && issue.values.length > 1
          ? `应为以下之一：${quoted(issue.values)}`
          : `应为${quoted(issue.values ?? [])}`;
      case "unrecognized_keys":
        return `不认识的键${quoted(issue.keys ?? [])}，nianbao.report/1 中没有此项`;
      default:
        return "此项的值无效";
    }
  },
  unknownKey: (format: string, key: string): string => `${format} 格式的该表没有单元格“${key}”`,
  formatYear: (format: string, year: number): string =>
    year < FORMATS_FIRST_YEAR
      ? yearBeforeFormatsMessage(year)
      : format === "2019"
        ? `${year} 年度报告不适用 2019 格式（2019 格式用于 2019—2020 年度）`
        : `${year} 年度报告不适用 2021 格式（2021 格式用于 2021 年度及以后）`,
};

const otherRuleSources: Record<string, string> = {
  "cell.value": "表中数字应为对应类型：件数为不小于 0 的整数，本年增/减可为负数，金额以万元计、可有小数",
  "cell.blank": "官方表格要求没有发生的事项填写 0，不留空",
  "cell.unit": "单元格只填数字，单位由表头或单元格格式表示，否则 Excel 合计不会计入",
  "cell.unitMissing": "2019 年格式的采购总金额未规定单位，应注明元或万元",
  "narrative.figures": "正文引用的数字应与表格一致",
  "narrative.year": "“存在的主要问题及改进情况”中的改进计划应针对下一年度",
  ...reviewRuleSources,
};

/** What the report's own format requires of its prose: only the 2021 format asks for 信息处理费 in section 六. */
function requiredSections(format: FormatId): string {
  return format === "2021"
    ? "2021 年格式的报告应包含全部六个部分，第六部分应说明信息处理费收取情况"
    : "2019 年格式的报告应包含全部六个部分";
}

/** The rule's own wording, from its definition or, for cell and prose checks, from the spec's rule table. */
export function ruleSource(format: FormatDef, ruleId: string): string | undefined {
  if (ruleId === "narrative.required") return requiredSections(format.id);
  return format.rules.find((r) => r.id === ruleId)?.source ?? otherRuleSources[ruleId];
}

export const groupTitles = { text: "文字部分（一、五、六）" } as const;
