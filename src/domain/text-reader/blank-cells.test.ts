import { checkReport } from "../check-report";
import { describeFinding } from "../messages.zh-CN";
import { formats } from "../tables/formats";
import { expectRow, readLayout } from "./__fixtures__/read-layout";

// One blank-cell policy (issue 18): a provincial report whose 总计 column is left blank in rows （一）–（六） while the
// applicant columns hold figures, and whose rows of zeros are left wholly blank. Copied with tabs, or cell by cell as
// pages and Word tables are, it reads the same: blanks are blank, each missing total is named once with what its
// parts add up to, and the wholly blank rows are read as blank, not left unread.

describe.each(["blank-totals-tabs.txt", "blank-totals-cell-per-line.txt"])("%s", (name) => {
  const result = readLayout(name);
  const findings = checkReport(result.report!, { unread: result.unread, readFindings: result.findings });
  const said = findings.map((f) => describeFinding(formats["2021"], f));

  it("reads every row, the blank ones as blank", () => {
    expect(result.problems).toEqual([]);
    expect(result.unread).toEqual([]);
    expectRow(result, "disclosed", [30, 0, 0, 1, 0, 2, "blank"]);
    expectRow(result, "withheld.stateSecret", ["blank", "blank", "blank", "blank", "blank", "blank", "blank"]);
  });

  it("names each total left blank once, with what its parts add up to, and no mismatch with 0", () => {
    const missing = findings.filter((f) => f.code === "side.blank");
    expect(missing).toHaveLength(12);
    expect(missing.every((f) => f.ruleId === "applications.rowTotal" && f.severity === "error")).toBe(true);
    expect(said).toContain("三、收到和处理政府信息公开申请情况 · （一）予以公开：总计未填写，各类申请人之和为 33");
    expect(said).toContain(
      "三、收到和处理政府信息公开申请情况 · （四）无法提供1.本机关不掌握相关政府信息：总计未填写，各类申请人之和为 14",
    );
    // （七）总计's 总计 (70) is not compared with the blank totals above it: the gap is said once, by each row.
    expect(findings.filter((f) => f.code.endsWith(".mismatch"))).toEqual([]);
  });

  it("warns once about the table's blank cells, without counting them as 0", () => {
    const blanks = findings.filter((f) => f.code === "cell.blank");
    expect(blanks).toHaveLength(1);
    expect(said).toContain(
      `三、收到和处理政府信息公开申请情况：有 ${blanks[0]!.cells.length} 个单元格为空或填写“不适用”等；空白不计入合计，也不当作 0 核对，官方表格要求填写 0`,
    );
  });
});
