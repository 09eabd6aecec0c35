import { checkReport } from "../check-report";
import { describeFinding, describeNotChecked } from "../messages.zh-CN";
import { notCheckedRules } from "../rules/not-checked";
import { knownSums } from "../rules/known-sums";
import { formats } from "../tables/formats";
import { cells, expectRow, layoutText, list, row } from "./__fixtures__/read-layout";
import { readReportText } from "./read-report-text";

// A 2021-format report with （六）其他处理 written as one row, as the 2019 tables had it (issue 18, point 8): its
// three items are not given, but their sum is. The sum is read; the rules that need only the sum are checked with it;
// the rules that need an item alone are not checked, with that reason; an info finding says the items were not given.

const text = layoutText("other-handling-one-row.txt");
const ITEMS = ["otherHandling.noCorrection", "otherHandling.unpaidFee", "otherHandling.other"];

const check = (written: string) => {
  const read = readReportText(written);
  const findings = checkReport(read.report!, { readFindings: read.findings, unread: read.unread });
  return { read, findings, errors: findings.filter((f) => f.severity === "error") };
};

it("reads the row as the sum of its three items, and says the items were not given", () => {
  const { read } = check(text);
  expect(read.report?.format).toBe("2021");
  expect(read.problems).toEqual([]);
  for (const item of ITEMS)
    expect(cells(read, "applications", row(item))).toEqual(list(...row(item).map(() => "unread"))(row(item)));
  const said = read.findings.find((f) => f.code === "read.subRowsSummed");
  expect(said?.severity).toBe("info");
  expect(said?.sums?.map((sum) => sum.value)).toEqual([3, 0, 0, 0, 0, 1, 4]);
  expect(said?.sums?.[0]?.cells.map((cell) => cell.key)).toEqual(ITEMS.map((item) => `${item}.natural`));
  expect(describeFinding(formats["2021"], said!)).toBe(
    "三、收到和处理政府信息公开申请情况 · “（六）其他处理”只填写了一行合计，未分列其下 3 项；已按合计核对总计等勾稽关系，需要各项数字的校验未核对",
  );
});

it("checks （七）总计 with the sum: no error where the figures add up", () => {
  expect(check(text).errors).toEqual([]);
});

it("finds the errors that only the sum shows: in （七）总计, and in the row's own 总计", () => {
  // （六） 自然人 5 where 3 was written: （七）总计 64 ≠ 66 for 自然人, and the row's 总计 4 ≠ 5 + 1.
  const { errors } = check(text.replace("（六）其他处理 3 0 0 0 0 1 4", "（六）其他处理 5 0 0 0 0 1 4"));
  expect(errors.map((f) => [f.ruleId, f.cells[0]?.key, f.actual, f.expected])).toEqual([
    ["applications.resultTotal", "resultTotal.natural", 64, 66],
    ["applications.rowTotal", "otherHandling.noCorrection.total", 4, 6],
  ]);
  expect(errors.map((f) => describeFinding(formats["2021"], f))).toEqual([
    "三、收到和处理政府信息公开申请情况 · 自然人：（七）总计（64）不等于（一）至（六）各项之和（66）",
    "三、收到和处理政府信息公开申请情况 · （六）其他处理：总计（4）不等于各类申请人之和（6）",
  ]);
});

it("lists the rules that need an item alone as not checked, because the items were not given", () => {
  const { read } = check(text);
  const notChecked = notCheckedRules(read.report!, read.unread!, { sums: knownSums(read.findings) });
  expect(notChecked.map((n) => [n.ruleId, n.cells[0]?.key, n.reason])).toEqual(
    ITEMS.map((item) => ["applications.rowTotal", `${item}.total`, "subRowsSummed"]),
  );
  expect(describeNotChecked(formats["2021"], notChecked[0]!)).toMatch(/^只给出各项合计、未分列各项，未核对：/);
  // Without the sums, （七）总计 cannot be checked in any column.
  expect(
    notCheckedRules(read.report!, read.unread!).filter((n) => n.ruleId === "applications.resultTotal"),
  ).toHaveLength(7);
});

it("reads a 2021 report that gives the items as before, and stray figures on the group's line beside them", () => {
  const withItems = text.replace(
    "（六）其他处理 3 0 0 0 0 1 4",
    "（六）其他处理 3 0 0 0 0 1 4\n1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 2 0 0 0 0 0 2\n2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0\n3.其他 1 0 0 0 0 1 2",
  );
  const { read } = check(withItems);
  expect(read.findings.some((f) => f.code === "read.subRowsSummed")).toBe(false);
  expectRow(read, "otherHandling.other", [1, 0, 0, 0, 0, 1, 2]);
  expect(read.problems.map((p) => p.reason)).toEqual(["strayNumbers"]);
});
