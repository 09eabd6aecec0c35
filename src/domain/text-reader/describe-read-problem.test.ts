import { describeReadProblem } from "../messages.zh-CN";
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
      },
      "三、收到和处理政府信息公开申请情况：“（一）予以公开”一行只读到 6 个数字，应为 7 个；该表未读取",
    ],
    [
      { code: "table.ambiguous", table: "appeals", reason: "tooManyNumbers", expected: 15, actual: 16 },
      "四、政府信息公开行政复议、行政诉讼情况：读到 16 个数字，应为 15 个，无法确定各数字所属的栏目；该表未读取",
    ],
    [
      { code: "table.incomplete", table: "disclosure", reason: "headingMissing", detail: "第二十条第（八）项" },
      "二、主动公开政府信息情况：未找到“第二十条第（八）项”；该表未读取",
    ],
    [
      { code: "table.incomplete", table: "applications", reason: "rowMissing", detail: "2.重复申请" },
      "三、收到和处理政府信息公开申请情况：未找到“2.重复申请”；该表未读取",
    ],
    [
      { code: "table.ambiguous", table: "disclosure", reason: "labelRepeated", detail: "规章" },
      "二、主动公开政府信息情况：“规章”出现了不止一次，无法确定对应的数字；该表未读取",
    ],
    [
      { code: "table.ambiguous", table: "disclosure", reason: "strayNumbers", detail: "7 8" },
      "二、主动公开政府信息情况：数字“7 8”不属于任何一行；该表未读取",
    ],
    [{ code: "table.missing", table: "appeals" }, "未找到“四、政府信息公开行政复议、行政诉讼情况”部分；该表未读取"],
    [
      { code: "format.unknown", reason: "yearMismatch", format: "2019", year: 2025 },
      "表格为 2019 格式（国办公开办函〔2019〕60号，用于 2019—2020 年度），与报告年度 2025 年不符；请核对年度或表格",
    ],
    [
      { code: "format.unknown", reason: "yearMismatch", format: "2021", year: 2020 },
      "表格为 2021 格式（国办公开办函〔2021〕30号，用于 2021 年度及以后），与报告年度 2020 年不符；请核对年度或表格",
    ],
    [{ code: "format.unknown" }, "无法识别报告格式：未找到 2019 格式或 2021 格式表格的栏目名称；请指定格式"],
    [{ code: "year.unknown" }, "无法确定报告年度：标题和“一、总体情况”中都没有写明年份；请指定年度"],
  ])("%j", (problem, sentence) => {
    expect(describeReadProblem(problem)).toBe(sentence);
  });
});
