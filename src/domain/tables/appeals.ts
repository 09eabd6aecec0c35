import type { FormatId, TableDef } from "../model";
import { sum, type RuleDef } from "../rules/rule";

// 四、政府信息公开行政复议、行政诉讼情况: one line of 15 numbers, the same in both formats.

const table: TableDef = {
  id: "appeals",
  title: "四、政府信息公开行政复议、行政诉讼情况",
  kind: "count",
  unit: "件",
  sections: [
    {
      layout: "flat",
      columns: [
        { key: "upheld", label: "结果维持" },
        { key: "corrected", label: "结果纠正" },
        { key: "other", label: "其他结果" },
        { key: "pending", label: "尚未审结" },
        { key: "total", label: "总计" },
      ],
      rows: [
        { key: "review", label: "行政复议" },
        { key: "suitDirect", label: "未经复议直接起诉", groups: ["行政诉讼"] },
        { key: "suitAfterReview", label: "复议后起诉", groups: ["行政诉讼"] },
      ],
    },
  ],
};

const rules: RuleDef[] = [
  sum({
    id: "appeals.total",
    table: "appeals",
    axis: "row",
    target: "total",
    of: ["upheld", "corrected", "other", "pending"],
    rightText: "结果维持、结果纠正、其他结果、尚未审结之和",
    source: "行政复议、行政诉讼各项的总计等于结果维持、结果纠正、其他结果、尚未审结之和",
  }),
];

/** Table 四 of each format. */
export const appealsByFormat: Record<FormatId, { table: TableDef; rules: RuleDef[] }> = {
  "2019": { table, rules },
  "2021": { table, rules },
};
