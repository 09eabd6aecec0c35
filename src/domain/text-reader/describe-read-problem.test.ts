import { describeReadProblem } from "./read-problem.zh-CN";
import type { ReadProblem } from "./read-problem";

describe("describeReadProblem", () => {
  it.each<[ReadProblem, string]>([
    [
      {
        code: "table.incomplete",
        table: "applications",
        reason: "tooFewNumbers",
        detail: "（一）予以公开",
        expected: 7,
        actual: 6,
        scope: "row",
      },
      "三、收到和处理政府信息公开申请情况：“（一）予以公开”一行只读到 6 个数字，应为 7 个；该行未读取",
    ],
    [
      { code: "table.ambiguous", table: "appeals", reason: "tooManyNumbers", expected: 15, actual: 16, scope: "table" },
      "四、政府信息公开行政复议、行政诉讼情况：读到 16 个数字，应为 15 个，无法确定各数字所属的栏目；该表未读取",
    ],
    [
      {
        code: "table.incomplete",
        table: "disclosure",
        reason: "headingMissing",
        detail: "第二十条第（八）项",
        scope: "section",
      },
      "二、主动公开政府信息情况：未找到“第二十条第（八）项”；该项未读取",
    ],
    [
      { code: "table.incomplete", table: "applications", reason: "rowMissing", detail: "2.重复申请", scope: "row" },
      "三、收到和处理政府信息公开申请情况：未找到“2.重复申请”；该行未读取",
    ],
    [
      { code: "table.ambiguous", table: "disclosure", reason: "labelRepeated", detail: "规章", scope: "row" },
      "二、主动公开政府信息情况：“规章”出现了不止一次，无法确定对应的数字；该行未读取",
    ],
    [
      { code: "table.ambiguous", table: "disclosure", reason: "strayNumbers", detail: "7 8", scope: "none" },
      "二、主动公开政府信息情况：数字“7 8”不属于任何一行，未计入",
    ],
    [
      {
        code: "table.ambiguous",
        table: "applications",
        reason: "labelUnclear",
        detail: "3.重复申请",
        candidates: ["2.重复申请", "3.要求提供公开出版物"],
        scope: "none",
      },
      "三、收到和处理政府信息公开申请情况：“3.重复申请”与“2.重复申请”和“3.要求提供公开出版物”都相近，无法确定是哪一栏，其后的数字未读取",
    ],
    [
      { code: "report.second", detail: "某局2020年政府信息公开工作年度报告" },
      "文件中还有另一份报告（从“某局2020年政府信息公开工作年度报告”起），只读取了第一份；请把每份报告存为单独的文件",
    ],
    [{ code: "table.missing", table: "appeals" }, "未找到“四、政府信息公开行政复议、行政诉讼情况”部分；该表未读取"],
    [
      { code: "format.unknown", reason: "yearMismatch", format: "2019", year: 2025 },
      "表格为 2019 格式（国办公开办函〔2019〕60号，用于 2019—2020 年度），与报告年度 2025 年不符；请核对年度，或用 --year 指定年度",
    ],
    [
      { code: "format.unknown", reason: "yearMismatch", format: "2021", year: 2020 },
      "表格为 2021 格式（国办公开办函〔2021〕30号，用于 2021 年度及以后），与报告年度 2020 年不符；请核对年度，或用 --year 指定年度",
    ],
    [
      { code: "format.unknown" },
      "无法识别报告格式：未找到 2019 格式或 2021 格式表格的栏目名称；请用 --format 指定格式（2019 或 2021）",
    ],
    [
      { code: "year.unknown" },
      "无法确定报告年度：标题、统计期限、“一、总体情况”和文件名中都没有写明年份；请用 --year 指定年度",
    ],
  ])("%j", (problem, sentence) => {
    expect(describeReadProblem(problem)).toBe(sentence);
  });
});
