import { yearBeforeFormatsMessage } from "../messages.zh-CN";
import { formats, FORMATS_FIRST_YEAR } from "../tables/formats";
import type { ReadProblem } from "./read-problem";

// What the published-text reader could not read, as Chinese sentences: beside the reader, and out of the pane's first
// download (only reading a file needs them).

const fmt = (n: number | undefined): string => (n === undefined ? "—" : String(n));

/** What to do about a report whose year or format cannot be told, at the command line (its options). */
const commandLineAdvice = {
  yearMismatch: "请核对年度，或用 --year 指定年度",
  format: "请用 --format 指定格式（2019 或 2021）",
  year: "请用 --year 指定年度",
};

/** The same in the task pane, which has no options to give: what a person there can do instead. */
const paneAdvice: typeof commandLineAdvice = {
  yearMismatch: "请核对报告标题中的年度，或改选该年度的报告文件",
  format: "请确认所选文件是按 2019 年或 2021 年格式编制的政府信息公开工作年度报告",
  year: "请选择标题中写明年度的报告，或把文件名改为含年度的名称（如“2024年报告.docx”）后重新选择",
};

/** A sentence of the readers as the task pane says it: its own advice in place of the command line's options. */
export function inPaneWords(sentence: string): string {
  let said = sentence;
  for (const key of Object.keys(commandLineAdvice) as (keyof typeof commandLineAdvice)[]) {
    said = said.replace(commandLineAdvice[key], paneAdvice[key]);
  }
  return said;
}

/** What was left unread because of a read problem, as the end of its sentence. */
const unreadPart = { table: "；该表未读取", section: "；该项未读取", row: "；该行未读取", none: "" } as const;

/** What the text reader could not read, as one Chinese sentence that says what to fix and what was left unread. */
export function describeReadProblem(problem: ReadProblem): string {
  const formatList = Object.values(formats);
  const title = formatList.flatMap((f) => f.tables).find((t) => t.id === problem.table)?.title ?? problem.table ?? "";
  const label = `“${problem.detail ?? ""}”`;
  const counted = (more: boolean): string =>
    `${problem.detail ? `${label}一行` : ""}${more ? "读到" : "只读到"} ${fmt(problem.actual)} 个数字，应为 ${fmt(problem.expected)} 个`;
  const notRead = unreadPart[problem.scope ?? "table"];
  switch (problem.code) {
    case "format.unknown": {
      const format = formatList.find((f) => f.id === problem.format);
      if (problem.reason === "yearMismatch" && problem.year !== undefined && problem.year < FORMATS_FIRST_YEAR) {
        return yearBeforeFormatsMessage(problem.year);
      }
      if (problem.reason === "yearMismatch" && format) {
        const years = format.lastYear
          ? `${format.firstYear}—${format.lastYear} 年度`
          : `${format.firstYear} 年度及以后`;
        return `表格为 ${format.id} 格式（${format.source}，用于 ${years}），与报告年度 ${fmt(problem.year)} 年不符；${commandLineAdvice.yearMismatch}`;
      }
      return `无法识别报告格式：未找到 2019 格式或 2021 格式表格的栏目名称；${commandLineAdvice.format}`;
    }
    case "year.unknown":
      return `无法确定报告年度：标题、统计期限、“一、总体情况”和文件名中都没有写明年份；${commandLineAdvice.year}`;
    case "report.second":
      return `文件中还有另一份报告（从${label}起），只读取了第一份；请把每份报告存为单独的文件`;
    case "table.missing":
      return `未找到“${title}”部分${notRead}`;
    case "table.incomplete":
      if (problem.reason === "tooFewNumbers") return `${title}：${counted(false)}${notRead}`;
      if (problem.reason === "tooLong")
        return `${title}：内容过长（超过 ${fmt(problem.expected)} 项），其后的内容未读取`;
      return `${title}：未找到${label}${notRead}`;
    case "table.ambiguous":
      switch (problem.reason) {
        case "tooManyNumbers":
          return `${title}：${counted(true)}，无法确定各数字所属的栏目${notRead}`;
        case "strayNumbers":
          return `${title}：数字${label}不属于任何一行，未计入${notRead}`;
        case "beforeHeading":
          return `${title}：第一个“第二十条”标题之前的数字${label}不属于任何一项，未计入${notRead}`;
        case "runTogether": {
          const written = `${label}一行的数字连在一起（“${problem.quote ?? ""}”）`;
          if (!problem.checked) return `${title}：${written}，本行没有可据以拆分的勾稽关系，无法确定各栏数字${notRead}`;
          const ways = problem.actual === 0 ? "没有一种拆分符合本行的勾稽关系" : "有不止一种拆分符合本行的勾稽关系";
          return `${title}：${written}，${ways}，无法确定各栏数字${notRead}`;
        }
        case "labelUnclear": {
          const candidates = (problem.candidates ?? []).map((c) => `“${c}”`).join("和");
          return `${title}：${label}与${candidates}都相近，无法确定是哪一栏，其后的数字未读取${notRead}`;
        }
        default:
          return `${title}：${label}出现了不止一次，无法确定对应的数字${notRead}`;
      }
  }
}

/**
 * Every read problem as a sentence, with a run of rows missing from one table (a report cut short) said once:
 * “未找到“A”至“B”等 N 行”, instead of a line per row.
 */
export function describeReadProblems(problems: readonly ReadProblem[]): string[] {
  const sentences: string[] = [];
  let run: ReadProblem[] = [];
  const flush = (): void => {
    const [first] = run;
    const last = run.at(-1);
    if (first && last && run.length >= 3) {
      const title =
        Object.values(formats)
          .flatMap((f) => f.tables)
          .find((t) => t.id === first.table)?.title ?? "";
      sentences.push(
        `${title}：未找到“${first.detail ?? ""}”至“${last.detail ?? ""}”等 ${run.length} 行；这些行未读取`,
      );
    } else sentences.push(...run.map(describeReadProblem));
    run = [];
  };
  for (const problem of problems) {
    const missingRow = problem.code === "table.incomplete" && problem.reason === "rowMissing";
    if (!missingRow || (run[0] && run[0].table !== problem.table)) flush();
    if (missingRow) run.push(problem);
    else sentences.push(describeReadProblem(problem));
  }
  flush();
  return sentences;
}

/** The official wording behind checks that are not table rules, shown beside their findings. */
