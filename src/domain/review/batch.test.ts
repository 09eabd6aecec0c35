import type { Report } from "../model";
import { checkReport } from "../check-report";
import { withApplications, writtenReport } from "./__fixtures__/review-reports";
import { reviewBatch, type ReviewInput } from "./batch";
import { bodyFromFileName, bodyKey } from "./body-name";

const read = (file: string, report: Report): ReviewInput => ({
  file,
  report,
  findings: checkReport(report),
  partial: false,
});

const codesOf = (findings: readonly { finding: { code: string } }[]) => findings.map((f) => f.finding.code);

describe("bodyKey", () => {
  it("gives one key to the spellings of one body", () => {
    const key = bodyKey("某县人民政府（办公室）");
    expect(
      ["某县政府(办公室)", "某县 人民政府 【办公室】", "某县政府［办公室］", "某县　政府（办公室）"].map(bodyKey),
    ).toEqual(Array(4).fill(key));
    expect(bodyKey("某县教育局")).not.toBe(bodyKey("某县卫生健康局"));
  });
});

describe("reviewBatch", () => {
  it("groups reports by body and year, whatever the spelling of the body", () => {
    const batch = reviewBatch([
      read("a.json", writtenReport("某县人民政府", 2024)),
      read("b.json", writtenReport("某县教育局", 2024)),
      read("c.txt", writtenReport("某县 政府", 2023)),
    ]);
    expect(batch.entries.map((e) => [e.body, e.year, e.files])).toEqual([
      ["某县人民政府", 2024, ["a.json"]],
      ["某县教育局", 2024, ["b.json"]],
      ["某县 政府", 2023, ["c.txt"]],
    ]);
  });

  it("keeps one of two files with the same figures and names the other (info)", () => {
    const batch = reviewBatch([
      read("报告/教育局.docx", writtenReport("某县教育局", 2024)),
      read("报告/教育局.pdf", writtenReport("某县教育局", 2024)),
    ]);
    const [entry] = batch.entries;
    expect(entry?.kept.file).toBe("报告/教育局.docx");
    expect(entry?.findings.map((f) => [f.file, f.finding.code, f.finding.severity, f.finding.others])).toEqual([
      ["报告/教育局.pdf", "review.duplicate", "info", ["教育局.docx"]],
    ]);
  });

  it("calls two files of one body and year with different figures an error naming both", () => {
    const batch = reviewBatch([
      read("教育局.docx", writtenReport("某县教育局", 2024)),
      read("教育局-改.docx", withApplications(writtenReport("某县教育局", 2024), 3)),
    ]);
    const conflict = batch.entries[0]?.findings.find((f) => f.finding.code === "review.versionConflict");
    expect(conflict?.finding).toMatchObject({ severity: "error", others: ["教育局.docx", "教育局-改.docx"] });
  });

  it("prefers a complete reading to a partial one of the same report", () => {
    const partial = { ...read("a.pdf", writtenReport("某县教育局", 2024)), partial: true };
    const batch = reviewBatch([partial, read("b.docx", writtenReport("某县教育局", 2024))]);
    expect(batch.entries[0]?.kept.file).toBe("b.docx");
  });

  it("pairs a body's consecutive years for the carry-over rules and the quality checks against last year", () => {
    const before = withApplications(writtenReport("某县教育局", 2023), 5, 2);
    const now = withApplications(writtenReport("某县教育局", 2024), 4, 0, 1);
    const batch = reviewBatch([read("2023.json", before), read("2024.json", now)]);
    const entry = batch.entries.find((e) => e.year === 2024)!;
    expect(entry.previous?.file).toBe("2023.json");
    expect(codesOf(entry.findings)).toEqual(["carryOver.mismatch", "carryOver.mismatch"]);
    expect(entry.ties.filter((t) => !t.holds).map((t) => [t.cell.key, t.actual, t.expected])).toEqual([
      ["carriedIn.natural", 1, 2],
      ["carriedIn.total", 1, 2],
    ]);
    expect(entry.ties.length).toBeGreaterThan(7);
    expect(batch.entries.find((e) => e.year === 2023)?.previous).toBeUndefined();
  });

  it("warns once when the batch mixes years, and not when it holds one year", () => {
    const mixed = reviewBatch([
      read("a.json", writtenReport("某县教育局", 2023)),
      read("b.json", writtenReport("某县教育局", 2024)),
      read("c.json", writtenReport("某县民政局", 2024)),
    ]);
    expect(mixed.batchFindings).toMatchObject([{ code: "review.mixedYears", quote: "2023 年度 1 份、2024 年度 2 份" }]);
    const single = reviewBatch([read("a.json", writtenReport("某县教育局", 2024))]);
    expect(single.batchFindings).toEqual([]);
  });

  it("keeps unreadable files apart with their reasons", () => {
    const batch = reviewBatch([{ file: "坏.pdf", unreadable: ["扫描件"] }]);
    expect(batch).toEqual({ entries: [], unreadable: [{ file: "坏.pdf", reasons: ["扫描件"] }], batchFindings: [] });
  });
});

describe("a report that names no body", () => {
  it("is named by its file, so its copies group together and other unnamed reports stay apart", () => {
    const unnamed = () => writtenReport("", 2024);
    const batch = reviewBatch([
      read("收件/某区教育局2024年报告.docx", unnamed()),
      read("收件/某区教育局2024年报告.pdf", unnamed()),
      read("收件/另一份.txt", unnamed()),
    ]);
    expect(batch.entries.map((e) => [e.body, e.files.length])).toEqual([
      ["某区教育局", 2],
      ["另一份", 1],
    ]);
    expect(bodyFromFileName("2024.txt")).toBe("");
  });
});
