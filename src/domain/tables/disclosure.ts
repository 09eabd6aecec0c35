import type { ColumnDef, FormatId, SectionDef, TableDef } from "../model";
import { atLeast, carryOver, type RuleDef } from "../rules/rule";

// 二、主动公开政府信息情况: one sub-table per item of 《条例》第二十条, labels verbatim.

const TITLE = "二、主动公开政府信息情况";
const TITLE_VARIANTS = ["二、主动公开政府信息的情况"];
const CORNER = "信息内容";

const section = (item: string, columns: readonly ColumnDef[], rows: readonly [string, string][]): SectionDef => ({
  heading: `第二十条第（${item}）项`,
  corner: CORNER,
  layout: "grid",
  columns,
  rows: rows.map(([key, label]) => ({ key, label })),
});

const items2019: ColumnDef[] = [
  { key: "lastYearItems", label: "上一年项目数量" },
  { key: "change", label: "本年增/减", kind: "change" },
  { key: "decisions", label: "处理决定数量" },
];

const table2019: TableDef = {
  id: "disclosure",
  title: TITLE,
  titleVariants: TITLE_VARIANTS,
  kind: "count",
  unit: "项",
  sections: [
    section(
      "一",
      [
        { key: "made", label: "本年新制作数量" },
        { key: "published", label: "本年新公开数量" },
        { key: "totalPublic", label: "对外公开总数量" },
      ],
      [
        ["rules", "规章"],
        ["normativeDocs", "规范性文件"],
      ],
    ),
    section("五", items2019, [
      ["licensing", "行政许可"],
      ["otherServices", "其他对外管理服务事项"],
    ]),
    section("六", items2019, [
      ["penalty", "行政处罚"],
      ["enforcement", "行政强制"],
    ]),
    section("八", items2019.slice(0, 2), [["fees", "行政事业性收费"]]),
    section(
      "九",
      [
        { key: "count", label: "采购项目数量" },
        { key: "amount", label: "采购总金额", kind: "money", decimals: 4 },
      ],
      [["procurement", "政府集中采购"]],
    ),
  ],
};

const decisions2021: ColumnDef[] = [{ key: "decisions", label: "本年处理决定数量" }];

const table2021: TableDef = {
  id: "disclosure",
  title: TITLE,
  titleVariants: TITLE_VARIANTS,
  kind: "count",
  unit: "件",
  sections: [
    section(
      "一",
      [
        { key: "issued", label: "本年制发件数" },
        { key: "repealed", label: "本年废止件数" },
        { key: "inForce", label: "现行有效件数" },
      ],
      [
        ["rules", "规章"],
        ["normativeDocs", "行政规范性文件"],
      ],
    ),
    section("五", decisions2021, [["licensing", "行政许可"]]),
    section("六", decisions2021, [
      ["penalty", "行政处罚"],
      ["enforcement", "行政强制"],
    ]),
    section(
      "八",
      [{ key: "amount", label: "本年收费金额（单位：万元）", kind: "money", decimals: 4 }],
      [["fees", "行政事业性收费"]],
    ),
  ],
};

const rules2019: RuleDef[] = [
  atLeast({
    id: "disclosure.totalPublic",
    table: "disclosure",
    axis: "row",
    severity: "warning",
    big: "totalPublic",
    small: "published",
    source: "对外公开总数量包含本年新公开的文件，不应小于本年新公开数量",
  }),
  carryOver({
    id: "carryOver.items",
    table: "disclosure",
    axis: "row",
    severity: "warning",
    target: "lastYearItems",
    from: ["last:lastYearItems", "last:change"],
    rightText: "上年报告的上一年项目数量加本年增/减",
    source: "本年“上一年项目数量”等于上年报告的“上一年项目数量”加“本年增/减”",
  }),
];

const rules2021: RuleDef[] = [
  carryOver({
    id: "carryOver.inForce",
    table: "disclosure",
    axis: "row",
    severity: "warning",
    target: "inForce",
    from: ["last:inForce", "this:issued", "-this:repealed"],
    rightText: "上年现行有效件数加本年制发、减本年废止",
    source: "现行有效件数等于上年报告的现行有效件数加本年制发件数、减本年废止件数",
  }),
];

/** Table 二 of each format, with its checks. */
export const disclosureByFormat: Record<FormatId, { table: TableDef; rules: RuleDef[] }> = {
  "2019": { table: table2019, rules: rules2019 },
  "2021": { table: table2021, rules: rules2021 },
};
