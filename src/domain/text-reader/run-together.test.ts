import { describeFinding } from "../messages.zh-CN";
import { describeReadProblem } from "./read-problem.zh-CN";
import { formats } from "../tables/formats";
import { cells, expectCells, expectRow, layoutText, list, readLayout } from "./__fixtures__/read-layout";
import { readReportText } from "./read-report-text";

// A copy whose rows lost their separators (issue 18): “规章000”, “申请数量640020470”. A row's digits are cut into its
// cells only when one way is left: the only way at all, or the only way its arithmetic (the six applicant columns
// add up to 总计) allows. Any other row is left unread with the reason, never guessed.

const result = readLayout("run-together.txt");
const plain = readLayout("row-per-line.txt");

it("cuts a row of table 三 the one way its total allows: 640020470 = 64 | 0 | 0 | 2 | 0 | 4 | 70", () => {
  expectRow(result, "newReceived", [64, 0, 0, 2, 0, 4, 70]);
  // The same with a space between the label and its digits: the arithmetic alone decides.
  expectRow(result, "resultTotal", [64, 0, 0, 2, 0, 4, 70]);
  expectRow(result, "notProcessed.repeated", [2, 0, 0, 0, 0, 0, 2]);
  const said = result.findings.find((f) => f.cells[0]?.key === "newReceived.natural");
  expect(said).toMatchObject({ severity: "info", code: "read.runTogether", quote: "640020470" });
  expect(describeFinding(formats["2021"], said!)).toBe(
    "三、收到和处理政府信息公开申请情况 · “一、本年新收政府信息公开申请数量”一行的数字连在一起（“640020470”），只有一种拆分方式符合本行，已读作 64 | 0 | 0 | 2 | 0 | 4 | 70",
  );
});

it("cuts “规章000” (one digit per cell, the only way) and reads “行政许可41”", () => {
  expectCells(result, "disclosure", {
    "rules.issued": 0,
    "rules.repealed": 0,
    "rules.inForce": 0,
    "licensing.decisions": 41,
  });
});

it("cuts a row its own arithmetic allows two ways by the table's column sums, when every other cell is read", () => {
  // 120010114: 12 | 0 | 0 | 1 | 0 | 1 | 14 and 1 | 2 | 0 | 0 | 10 | 1 | 14 both add up along the row; only the first
  // makes （七）总计 the sum of （一）至（六） in every column.
  expectRow(result, "unavailable.notHeld", [12, 0, 0, 1, 0, 1, 14]);
  const said = result.findings.find((f) => f.cells[0]?.key === "unavailable.notHeld.natural");
  expect(said).toMatchObject({ code: "read.runTogether", quote: "120010114", detail: "12 | 0 | 0 | 1 | 0 | 1 | 14" });
});

it("leaves a row unread, with its reason, when its arithmetic allows two ways and no column sum decides, or it has none", () => {
  // （七）总计 one figure short: no column sum can be used for 120010114.
  const text = layoutText("run-together.txt").replace("（七）总计 640020470", "（七）总计 64 0 0 2 0 4");
  const short = readReportText(text);
  expectRow(short, "unavailable.notHeld", ["unread", "unread", "unread", "unread", "unread", "unread", "unread"]);
  // 3112 into 本年制发、废止、现行有效: 3 | 1 | 12, 3 | 11 | 2 or 31 | 1 | 2, and no sum between them.
  expectCells(result, "disclosure", { "normativeDocs.issued": "unread" });
  expect(result.problems.map(describeReadProblem)).toEqual([
    "二、主动公开政府信息情况：“行政规范性文件”一行的数字连在一起（“3112”），本行没有可据以拆分的勾稽关系，无法确定各栏数字；该行未读取",
  ]);
  expect(short.problems.map(describeReadProblem)).toContain(
    "三、收到和处理政府信息公开申请情况：“1.本机关不掌握相关政府信息”一行的数字连在一起（“120010114”），有不止一种拆分符合本行的勾稽关系，无法确定各栏数字；该行未读取",
  );
});

it("reads every other cell as the copy with separators does", () => {
  const unread = new Set(result.unread?.map((ref) => `${ref.table}/${ref.key}`));
  for (const id of ["disclosure", "applications", "appeals"] as const) {
    for (const [key, value] of Object.entries(plain.report!.tables[id])) {
      if (!unread.has(`${id}/${key}`)) expect([id, key, result.report?.tables[id][key]]).toEqual([id, key, value]);
    }
  }
  expect(result.unread).toHaveLength(3);
});

describe("table 四 printed as one line whose figures ran together in places", () => {
  const appeals = readLayout("appeals-run-together.txt");
  const KEYS = ["review", "suitDirect", "suitAfterReview"].flatMap((group) =>
    ["upheld", "corrected", "other", "pending", "total"].map((column) => `${group}.${column}`),
  );

  it("cuts “2100 3 1000 1 0 0 0 0 0” the one way every group's total allows", () => {
    expect(cells(appeals, "appeals", KEYS)).toEqual(list(2, 1, 0, 0, 3, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0)(KEYS));
    expect(appeals.problems).toEqual([]);
    const said = appeals.findings.find((f) => f.code === "read.runTogether");
    expect(said).toMatchObject({ severity: "info", quote: "2100 3 1000 1 0 0 0 0 0" });
    expect(said?.detail).toBe("2 | 1 | 0 | 0 | 3 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0");
    expect(describeFinding(formats["2021"], said!)).toBe(
      "四、政府信息公开行政复议、行政诉讼情况 · “行政复议、行政诉讼未经复议直接起诉、行政诉讼复议后起诉”一行的数字连在一起（“2100 3 1000 1 0 0 0 0 0”），只有一种拆分方式符合本行，已读作 2 | 1 | 0 | 0 | 3 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0",
    );
  });

  it("leaves the table unread, with its reason, when no way fits: “2100 4 …” (2 + 1 + 0 + 0 is not 4)", () => {
    const text = layoutText("appeals-run-together.txt").replace("2100 3 1000 1", "2100 4 1000 1");
    const result = readReportText(text);
    expect(cells(result, "appeals", KEYS)).toEqual(list(...KEYS.map(() => "unread"))(KEYS));
    expect(result.problems.map(describeReadProblem)).toEqual([
      "四、政府信息公开行政复议、行政诉讼情况：“行政复议、未经复议直接起诉、复议后起诉”一行的数字连在一起（“2100 4 1000 1 0 0 0 0 0”），没有一种拆分符合本行的勾稽关系，无法确定各栏数字；该表未读取",
    ]);
  });
});
