import type { FormatId, RowDef, TableDef } from "../model";
import { balance, carryOver, sum, type RuleDef } from "../rules/rule";

// 三、收到和处理政府信息公开申请情况: labels verbatim from 国办公开办函〔2019〕60号 and 〔2021〕30号.

const RESULT = "三、本年度办理结果";
const WITHHELD = "（三）不予公开";
const UNAVAILABLE = "（四）无法提供";
const NOT_PROCESSED = "（五）不予处理";
const OTHER_HANDLING = "（六）其他处理";
const CAPTION = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

const columns = [
  { key: "natural", label: "自然人" },
  ...(
    [
      ["commercial", "商业企业"],
      ["research", "科研机构"],
      ["publicInterest", "社会公益组织"],
      ["legal", "法律服务机构"],
      ["otherOrg", "其他"],
    ] as const
  ).map(([key, label]) => ({ key, label, groups: ["法人或其他组织"] })),
  { key: "total", label: "总计" },
] as const;

const under = (groups: readonly string[], items: readonly (readonly [string, string])[]): RowDef[] =>
  items.map(([key, label]) => ({ key, label, groups }));

const headRows: RowDef[] = [
  { key: "newReceived", label: "一、本年新收政府信息公开申请数量" },
  { key: "carriedIn", label: "二、上年结转政府信息公开申请数量" },
  ...under(
    [RESULT],
    [
      ["disclosed", "（一）予以公开"],
      ["partlyDisclosed", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"],
    ],
  ),
  ...under(
    [RESULT, WITHHELD],
    [
      ["withheld.stateSecret", "1.属于国家秘密"],
      ["withheld.lawForbidden", "2.其他法律行政法规禁止公开"],
      ["withheld.safetyStability", "3.危及“三安全一稳定”"],
      ["withheld.thirdParty", "4.保护第三方合法权益"],
      ["withheld.internalAffairs", "5.属于三类内部事务信息"],
      ["withheld.processInfo", "6.属于四类过程性信息"],
      ["withheld.enforcementFile", "7.属于行政执法案卷"],
      ["withheld.queryMatter", "8.属于行政查询事项"],
    ],
  ),
  ...under(
    [RESULT, UNAVAILABLE],
    [
      ["unavailable.notHeld", "1.本机关不掌握相关政府信息"],
      ["unavailable.needsCreation", "2.没有现成信息需要另行制作"],
      ["unavailable.unclear", "3.补正后申请内容仍不明确"],
    ],
  ),
  ...under(
    [RESULT, NOT_PROCESSED],
    [
      ["notProcessed.petition", "1.信访举报投诉类申请"],
      ["notProcessed.repeated", "2.重复申请"],
      ["notProcessed.publication", "3.要求提供公开出版物"],
      ["notProcessed.massRepeated", "4.无正当理由大量反复申请"],
      ["notProcessed.confirmReissue", "5.要求行政机关确认或重新出具已获取信息"],
    ],
  ),
];

const otherHandling: Record<FormatId, RowDef[]> = {
  "2019": under([RESULT], [["otherHandling", OTHER_HANDLING]]),
  "2021": under(
    [RESULT, OTHER_HANDLING],
    [
      ["otherHandling.noCorrection", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"],
      ["otherHandling.unpaidFee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"],
      ["otherHandling.other", "3.其他"],
    ],
  ),
};

const tailRows: RowDef[] = [
  { key: "resultTotal", label: "（七）总计", groups: [RESULT] },
  { key: "carriedOut", label: "四、结转下年度继续办理" },
];

function applicationsTable(format: FormatId): TableDef {
  return {
    id: "applications",
    title: "三、收到和处理政府信息公开申请情况",
    caption: CAPTION,
    kind: "count",
    unit: "件",
    sections: [
      {
        layout: "grid",
        columnsHeading: "申请人情况",
        columns,
        rows: [...headRows, ...otherHandling[format], ...tailRows],
      },
    ],
  };
}

function applicationsRules(table: TableDef): RuleDef[] {
  const rows = table.sections.flatMap((s) => s.rows);
  const leafResults = rows.filter((r) => r.groups?.[0] === RESULT && r.key !== "resultTotal").map((r) => r.key);
  const applicantColumns = columns.filter((c) => c.key !== "total").map((c) => c.key);
  return [
    sum({
      id: "applications.rowTotal",
      table: "applications",
      axis: "row",
      target: "total",
      of: applicantColumns,
      rightText: "各类申请人之和",
      source: "每一行的总计等于自然人与法人或其他组织各栏之和",
    }),
    sum({
      id: "applications.resultTotal",
      table: "applications",
      axis: "column",
      target: "resultTotal",
      of: leafResults,
      rightText: "（一）至（六）各项之和",
      source: "每一列的（七）总计等于本年度办理结果（一）至（六）各项之和",
    }),
    balance({
      id: "applications.balance",
      table: "applications",
      axis: "column",
      left: ["newReceived", "carriedIn"],
      right: ["resultTotal", "carriedOut"],
      source: CAPTION,
      leftText: "第一项加第二项之和",
      rightText: "第三项加第四项之和",
    }),
    carryOver({
      id: "carryOver.applications",
      table: "applications",
      axis: "column",
      severity: "error",
      target: "carriedIn",
      from: ["last:carriedOut"],
      rightText: "上年报告的结转下年度继续办理",
      source: "本年“上年结转政府信息公开申请数量”等于上年报告“结转下年度继续办理”",
    }),
  ];
}

/** Table 三 of each format, with its 勾稽关系. */
export const applicationsByFormat = Object.fromEntries(
  (["2019", "2021"] as const).map((format) => {
    const table = applicationsTable(format);
    return [format, { table, rules: applicationsRules(table) }];
  }),
) as Record<FormatId, { table: TableDef; rules: RuleDef[] }>;
