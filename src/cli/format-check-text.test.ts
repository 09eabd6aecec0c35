import type { CheckedFile, CheckedFinding } from "./check-file";
import { formatCheckText } from "./format-check-text";

const finding = (n: number): CheckedFinding => ({
  ruleId: "applications.rowTotal",
  severity: n % 2 === 0 ? "error" : "warning",
  code: "sum.mismatch",
  cells: [{ table: "applications", key: "newReceived.total" }],
  message: `第 ${n} 处`,
});

const fileWith = (name: string, findings: number): CheckedFile => ({
  file: name,
  format: "2021",
  year: 2023,
  body: "某局",
  findings: Array.from({ length: findings }, (_, n) => finding(n)),
});

describe("the text output of check, bounded", () => {
  it("lists 200 findings of a file, then says how many more there are, and still counts them all", () => {
    const text = formatCheckText([fileWith("a.json", 250)]);
    const lines = text.split("\n");
    expect(lines.filter((line) => line.startsWith("a.json：错误：") || line.startsWith("a.json：警告："))).toHaveLength(
      200,
    );
    expect(lines).toContain("a.json：……另有 50 处问题未列出（--json 可查看更多）");
    expect(lines.at(-1)).toBe("共 1 个文件：错误 125 处，警告 125 处");
  });

  it("counts the findings kept out of the JSON too", () => {
    const file = { ...fileWith("a.json", 10), omittedFindings: { error: 7, warning: 3, info: 0 } };
    const text = formatCheckText([file]);
    expect(text).toContain("a.json：……另有 10 处问题未列出");
    expect(text.split("\n").at(-1)).toBe("共 1 个文件：错误 12 处，警告 8 处");
  });

  it("stops at 20,000 lines over many files and says how many lines were left out, before the table", () => {
    const results = Array.from({ length: 120 }, (_, n) => fileWith(`f${n}.json`, 200));
    const lines = formatCheckText(results).split("\n");
    const leftOut = lines.findIndex((line) => line.startsWith("……输出过长"));
    expect(leftOut).toBe(20_000);
    expect(lines[leftOut]).toBe(`……输出过长，另有 ${120 * 200 - 20_000} 行未显示`);
    expect(lines.at(-1)).toBe("共 120 个文件：错误 12000 处，警告 12000 处");
  });
});
