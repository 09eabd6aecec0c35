import { cellsOfTable } from "../cells";
import { checkReport } from "../check-report";
import { describeNotChecked } from "../messages.zh-CN";
import type { CellRef, FormatId, Report } from "../model";
import { zeroReport } from "../report";
import { formats } from "../tables/formats";
import { notCheckedRules } from "./not-checked";
import { validateReport } from "./validate";

/** A published report cut off somewhere: the cells after the cut were never read, so they are absent. */
function cutReport(format: FormatId, year: number, isCut: (ref: CellRef) => boolean): [Report, CellRef[]] {
  const report = zeroReport(format, year, "某县某局");
  const unread = formats[format].tables.flatMap(cellsOfTable).flatMap((cell) => (isCut(cell.ref) ? [cell.ref] : []));
  for (const ref of unread) delete report.tables[ref.table][ref.key];
  return [report, unread];
}

const afterDisclosure = (ref: CellRef) => ref.table !== "disclosure";
const appealsOnly = (ref: CellRef) => ref.table === "appeals";
// Cut inside table 三, after （二）部分公开: the rows from （三）不予公开 on were not read.
const insideApplications = (ref: CellRef) =>
  ref.table === "appeals" ||
  (ref.table === "applications" && !/^(newReceived|carriedIn|disclosed|partly)/.test(ref.key));

type Case = {
  name: string;
  format: FormatId;
  cut: (ref: CellRef) => boolean;
  change: (r: Report) => void;
  /** Rule ids of the findings, sorted. */
  found: string[];
  /** How many instances of each rule were not checked. */
  notChecked: Record<string, number>;
};

const cases: Case[] = [
  {
    name: "cut after table 二: 二's own rule is checked, 三 and 四 are listed as not checked",
    format: "2019",
    cut: afterDisclosure,
    change: (r) => Object.assign(r.tables.disclosure, { "rules.published": 3, "rules.totalPublic": 2 }),
    found: ["disclosure.totalPublic"],
    notChecked: {
      "applications.rowTotal": 23,
      "applications.resultTotal": 7,
      "applications.balance": 7,
      "appeals.total": 3,
    },
  },
  {
    name: "cut inside table 三: the rows read are totalled, the columns are not",
    format: "2021",
    cut: insideApplications,
    change: (r) => Object.assign(r.tables.applications, { "newReceived.natural": 2, "newReceived.total": 1 }),
    found: ["applications.rowTotal"],
    notChecked: {
      "applications.rowTotal": 21,
      "applications.resultTotal": 7,
      "applications.balance": 7,
      "appeals.total": 3,
    },
  },
  {
    name: "table 四 missing: its totals and the prose's 行政复议 figure are not checked",
    format: "2021",
    cut: appealsOnly,
    change: (r) => {
      r.text = { overview: "本年度被申请行政复议3件。", problems: "无。", other: "本年度未收取信息处理费。" };
    },
    found: [],
    notChecked: { "appeals.total": 3, "narrative.figures": 1 },
  },
  {
    name: "nothing cut: everything is checked",
    format: "2021",
    cut: () => false,
    change: (r) => Object.assign(r.tables.appeals, { "review.upheld": 1 }),
    found: ["appeals.total"],
    notChecked: {},
  },
];

const countIds = (ids: string[]) =>
  ids.reduce<Record<string, number>>((acc, id) => ({ ...acc, [id]: (acc[id] ?? 0) + 1 }), {});

describe("a partial report is checked as far as it goes", () => {
  it.each(cases)("$name", ({ format, cut, change, found, notChecked }) => {
    const [report, unread] = cutReport(format, format === "2019" ? 2019 : 2024, cut);
    change(report);
    const findings = checkReport(report, { unread }).filter((f) => !f.ruleId.startsWith("narrative.required"));
    expect(findings.map((f) => f.ruleId).sort()).toEqual(found);
    // Unread cells are not blank: nothing to write 0 into, they are simply not in the text read.
    expect(findings.filter((f) => f.code === "cell.blank")).toEqual([]);
    const skipped = notCheckedRules(report, unread);
    expect(countIds(skipped.map((n) => n.ruleId))).toEqual(notChecked);
    expect(skipped.every((n) => n.reason === "cellsUnread" && n.cells.some((c) => cut(c)))).toBe(true);
  });

  it("lists last year's ties only when last year's report is given", () => {
    const [report, unread] = cutReport("2021", 2025, afterDisclosure);
    const previous = zeroReport("2021", 2024, "某县某局");
    const ids = (r: ReturnType<typeof notCheckedRules>) => new Set(r.map((n) => n.ruleId));
    expect(ids(notCheckedRules(report, unread)).has("carryOver.applications")).toBe(false);
    expect(ids(notCheckedRules(report, unread, { previous })).has("carryOver.applications")).toBe(true);
    expect(validateReport(report, { previous, unread }).filter((f) => f.ruleId.startsWith("carryOver"))).toEqual([]);
  });

  it("still reports blanks among the cells that were read", () => {
    const [report, unread] = cutReport("2021", 2024, appealsOnly);
    delete report.tables.applications["carriedOut.total"];
    const blanks = validateReport(report, { unread }).filter((f) => f.code === "cell.blank");
    expect(blanks.map((f) => f.cells)).toEqual([[{ table: "applications", key: "carriedOut.total" }]]);
  });

  it("says in Chinese which relation was not checked", () => {
    const [report, unread] = cutReport("2019", 2019, afterDisclosure);
    const sentences = notCheckedRules(report, unread).map((n) => describeNotChecked(formats["2019"], n));
    expect(sentences).toContain(
      "未读取到全部单元格，未核对：四、政府信息公开行政复议、行政诉讼情况 · 行政复议：总计与结果维持、结果纠正、其他结果、尚未审结之和",
    );
    expect(sentences).toContain(
      "未读取到全部单元格，未核对：三、收到和处理政府信息公开申请情况 · 自然人：第一项加第二项之和与第三项加第四项之和",
    );
  });
});
