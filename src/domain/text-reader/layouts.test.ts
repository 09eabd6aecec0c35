import { readFixture } from "../../../test/helpers/fixture";
import { checkReport } from "../check-report";
import { readReportText } from "./read-report-text";
import { expectCells, expectRow, readLayout } from "./__fixtures__/read-layout";

// Layouts seen in published reports, each in a small report of our own (__fixtures__/layouts): the figures a person
// sees in each are read, an empty cell keeps its place and reads as blank (no value, never compared as 0), and what is not in
// the text is left unread, never invented.

const read = readLayout;

describe("empty cells keep their place", () => {
  it("one cell per line, each ended by its bar, an empty cell a line holding only “|”", () => {
    const result = read("bars-cell-per-line.txt");
    expectCells(result, "disclosure", {
      "rules.issued": "blank",
      "normativeDocs.issued": 2,
      "normativeDocs.repealed": "blank",
      "normativeDocs.inForce": 5,
    });
    expectRow(result, "newReceived", [3, "blank", "blank", "blank", "blank", "blank", 3]);
    expectRow(result, "carriedIn", ["blank", "blank", "blank", "blank", "blank", "blank", 0]);
    expect(result.problems.filter((p) => p.table === "applications" && p.scope === "row")).toHaveLength(23);
  });

  it("bordered rows “| a | b |” with “|||” fillers of merged headers", () => {
    const result = read("bars-bordered.txt");
    expectCells(result, "disclosure", {
      "normativeDocs.issued": 3,
      "normativeDocs.repealed": "blank",
      "normativeDocs.inForce": 12,
      "licensing.decisions": 41,
    });
    expectRow(result, "newReceived", [3, 1, "blank", 0, 0, 0, 4]);
    expectRow(result, "carriedIn", [0, 0, 0, 0, 0, 0, 0]);
  });

  it("cells ended by bars over several lines, a line starting with a bar ending an empty cell", () => {
    const result = read("bars-terminated.txt");
    expectRow(result, "newReceived", [25, "blank", "blank", "blank", "blank", "blank", 25]);
    expectRow(result, "carriedIn", ["blank", "blank", "blank", "blank", "blank", "blank", 2]);
    expectRow(result, "disclosed", [7, "blank", "blank", "blank", "blank", "blank", 7]);
    expectRow(result, "withheld.stateSecret", ["blank", "blank", "blank", "blank", "blank", "blank", 0]);
    expectRow(result, "withheld.lawForbidden", [0, 0, 0, 0, 0, 0, 0]);
  });

  it("a bare “|” line before each row", () => {
    const result = read("bar-before-row.txt");
    expectCells(result, "disclosure", {
      "rules.issued": 0,
      "rules.inForce": 0,
      "normativeDocs.issued": 1,
      "normativeDocs.repealed": "blank",
      "normativeDocs.inForce": 3,
      "licensing.decisions": 6,
    });
  });

  it("one cell per line with an empty cell as a tab alone, “| |”, or nothing", () => {
    const result = read("empty-lines.txt");
    expectCells(result, "disclosure", {
      "rules.issued": 1,
      "rules.repealed": "blank",
      "rules.inForce": 4,
      "normativeDocs.repealed": "blank",
      "normativeDocs.inForce": 8,
      "penalty.decisions": 5,
    });
    expectRow(result, "newReceived", [4, 1, "blank", 0, 0, 0, 5]);
    // 行政强制 shows exactly its one empty cell: a blank row, read as blank (and warned about as such), not unread.
    expectCells(result, "disclosure", { "enforcement.decisions": "blank" });
  });

  it("tab-separated rows, two tabs around an empty cell", () => {
    const result = read("tabs.txt");
    expectCells(result, "disclosure", {
      "normativeDocs.issued": 2,
      "normativeDocs.repealed": "blank",
      "normativeDocs.inForce": 9,
      "fees.amount": 18.871,
    });
  });
});

describe("placeholders for “not applicable”", () => {
  it("“_” in a page exported with an empty line after every cell", () => {
    const result = read("underscores.txt");
    expectCells(result, "disclosure", {
      "rules.made": "blank",
      "rules.totalPublic": "blank",
      "normativeDocs.made": "blank",
      "normativeDocs.published": 3,
    });
    expect(result.findings).toEqual([]);
  });
});

describe("labels and header cells split anywhere", () => {
  it("rows on one line separated by spaces, labels split by spaces (“规 章”, “商业 企业”, “结果 维持”)", () => {
    const result = read("spaces.txt");
    expectCells(result, "disclosure", {
      "rules.issued": 0,
      "normativeDocs.issued": 3,
      "normativeDocs.repealed": 1,
      "normativeDocs.inForce": 11,
    });
    expectRow(result, "newReceived", [6, 1, 0, 0, 0, 0, 7]);
    expect(result.report?.tables.appeals).toMatchObject({
      "review.upheld": 1,
      "review.total": 1,
      "suitAfterReview.total": 0,
    });
  });

  it("vertical headers one character per line (“自\\n然\\n人”) and “本年新\\n制作数量”", () => {
    const result = read("one-char-per-line.txt");
    expect(result.report).toMatchObject({ format: "2019", year: 2020, body: "某区某局" });
    expectCells(result, "disclosure", {
      "rules.totalPublic": 2,
      "normativeDocs.made": 1,
      "normativeDocs.published": 1,
      "normativeDocs.totalPublic": 5,
    });
    expectRow(result, "newReceived", [2, 0, 0, 0, 0, 0, 2]);
  });
});

describe("headers printed as a PDF prints them", () => {
  it("table 四's vertical headers cut into single characters over several lines", () => {
    const result = read("vertical-header.txt");
    expect(result.report?.tables.appeals).toMatchObject({
      "review.upheld": 2,
      "review.pending": 1,
      "review.total": 3,
      "suitAfterReview.upheld": 1,
      "suitAfterReview.total": 1,
    });
    expect(result.problems.filter((p) => p.table === "appeals")).toEqual([]);
  });
});

describe("figures as people write them", () => {
  it("signed changes, a number inside a header's own text, and an amount in 万元 with decimals", () => {
    const result = read("signed-changes.txt");
    expectCells(result, "disclosure", {
      "licensing.lastYearItems": 22,
      "licensing.change": 19,
      "licensing.decisions": 41,
      "otherServices.change": -11,
      "procurement.amount": 160.5964,
    });
    expect(result.problems.filter((p) => p.table === "disclosure" && p.scope !== "section")).toEqual([]);
    expect(result.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("units in cells: “4项”, “12件”, “70487元” (kept in 万元)", () => {
    const result = read("units.txt");
    expectCells(result, "disclosure", {
      "fees.lastYearItems": 4,
      "fees.change": 0,
      "procurement.count": 12,
      "procurement.amount": 7.0487,
    });
    expect(result.findings).toEqual([]);
  });
});

describe("text around the report and its tables", () => {
  it("site banners and breadcrumbs before the title, a sentence before a table", () => {
    const result = read("banner.txt");
    expect(result.report).toMatchObject({ format: "2021", year: 2022, body: "某市某局" });
    expectCells(result, "disclosure", {
      "normativeDocs.issued": 4,
      "normativeDocs.repealed": 2,
      "normativeDocs.inForce": 30,
    });
    expect(result.problems.filter((p) => p.reason === "strayNumbers" || p.reason === "beforeHeading")).toEqual([]);
  });

  it("a title on two lines (“某县某镇人民政府” / “关于2021年度…的年度报告”) and a mistyped heading", () => {
    const result = read("title-above.txt");
    expect(result.report).toMatchObject({ format: "2021", year: 2021, body: "某县某镇人民政府" });
    expectCells(result, "disclosure", { "licensing.decisions": 6 });
    expect(result.findings.map((f) => [f.quote, f.detail])).toEqual([
      ["二、主动公开政府政府情况", "二、主动公开政府信息情况"],
    ]);
  });

  it("long explanations in brackets inside labels, even broken over lines", () => {
    const result = read("bracket-notes.txt");
    expectRow(result, "newReceived", [9, 0, 0, 0, 0, 0, 9]);
    expectRow(result, "carriedIn", [1, 0, 0, 0, 0, 0, 1]);
    expectRow(result, "partlyDisclosed", [1, 0, 0, 0, 0, 0, 1]);
    expect(result.findings.map((f) => [f.code, f.detail])).toContainEqual([
      "read.labelVariant",
      "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    ]);
  });

  it("a local extra row is read and kept aside, not checked", () => {
    const result = read("extra-row.txt");
    expect(result.extraRows).toEqual([{ table: "disclosure", label: "其他主动公开文件", cells: ["15", "0", "40"] }]);
    expectCells(result, "disclosure", { "normativeDocs.inForce": 7, "licensing.decisions": 12 });
  });
});

describe("a zone's 2020 report exported from Word, an empty line after every paragraph", () => {
  const result = readReportText(readFixture(`${__dirname}/__fixtures__/2020-zone-word-export.txt`));

  it("is read completely, empty cells in their places", () => {
    expect(result.problems).toEqual([]);
    expect(result.unread).toEqual([]);
    expect(result.report).toMatchObject({ format: "2019", year: 2020, body: "某开发区管委会" });
    expectRow(result, "resultTotal", [20, "blank", "blank", "blank", "blank", "blank", 20]);
    expectCells(result, "disclosure", { "licensing.change": 2, "penalty.change": -1, "procurement.amount": 25.1 });
  });

  it("so the check finds its real error: （七）总计 20 where （一）至（六） add up to 26", () => {
    const findings = checkReport(result.report!);
    const error = findings.find(
      (f) => f.ruleId === "applications.resultTotal" && f.cells[0]?.key === "resultTotal.natural",
    );
    expect(error).toMatchObject({ severity: "error", expected: 26, actual: 20 });
  });
});
