import { readReportText, type Report } from "../../domain";
import { brokenCuts, fromTable2 } from "../../domain/text-reader/__fixtures__/cut-report";
import { printedPages, type PrintOptions } from "./__fixtures__/printed-pages";
import { pdfText } from "./pdf-layout";
import { readPdfReport } from "./read-pdf";
import { distinctFigures } from "../../../test/helpers/distinct-figures";

// PDFs as government offices publish them, rebuilt from the positions of their text and borders. The pages are
// generated (printed-pages.ts) with the quirks of real attachments; every cell holds a different figure, so a
// figure read one column or one row off cannot pass.

function distinctReport(): Report {
  const report = distinctFigures("2021", 2023, "某县某局");
  delete report.tables.applications["newReceived.commercial"];
  report.text = {
    overview:
      "本年度，我局认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开工作，全年共收到政府信息公开申请若干件，均已按期答复。",
    problems: "2024年，我们将继续改进。",
    other: "本年度未收取信息处理费。",
  };
  return report;
}

/** Table 三 with a group column one character wide, a subgroup column two wide, and figure columns three wide. */
const NARROW: PrintOptions["widths"] = { applications: [10, 20, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30] };

const read = (report: Report, options: PrintOptions = {}) => readReportText(pdfText(printedPages(report, options)));

describe("a PDF report rebuilt from text positions and borders", () => {
  const report = distinctReport();
  const pages = printedPages(report, { widths: NARROW });
  const text = pdfText(pages);

  it("is laid out as real attachments are: the quirks are in the generated pages", () => {
    // The heading 三、本年度办理结果 one character per line, a header cut (“商业企 / 业”), a label over two lines,
    // and table 三 going over a page break with the page number between its rows.
    const items = pages.flatMap((page) => page.items.map((item) => item.text));
    expect(items).toEqual(expect.arrayContaining(["三", "、", "本", "商业企", "业", "-1-"]));
    expect(items.some((item) => item.startsWith("（二）部分公开") && !item.endsWith("情形）"))).toBe(true);
    expect(pages.length).toBeGreaterThan(1);
  });

  it("reads every figure in its own cell, the blank cell as blank", () => {
    const result = readReportText(text);
    expect(result.problems).toEqual([]);
    expect(result.report?.tables).toEqual(report.tables);
  });

  it("reads the title, the year and the prose wrapped over several lines as one paragraph", () => {
    const result = readReportText(text);
    expect(result.report).toMatchObject({ format: "2021", year: 2023, body: "某县某局" });
    expect(result.report?.text).toEqual(report.text);
  });

  it("leaves the page numbers out", () => {
    expect(text).not.toMatch(/^-\d+-$/m);
  });

  it.each([
    ["with its borders", {}],
    ["printed without ruling lines", { unruled: ["applications"] }],
  ] as const)("reads every figure wherever the page break cuts table 三 %s", (_, printing) => {
    // Longer prose before the tables moves the break down table 三 row by row, through its merged cells.
    for (const lines of [0, 3, 6, 9, 12, 15, 18]) {
      const longer = {
        ...report,
        text: { ...report.text, overview: `${report.text.overview}\n${"本年度工作扎实推进。".repeat(4 * lines)}` },
      };
      const result = read(longer, { widths: NARROW, ...printing });
      expect([lines, result.problems]).toEqual([lines, []]);
      expect(result.report?.tables).toEqual(report.tables);
    }
  });

  it.each(["double", "hairline"] as const)("reads every figure where each border is drawn %s", (borders) => {
    // Without the hairline rule the sliver between the two lines is a cell of its own: an empty one between two
    // figures is a blank figure, and every figure after it moves one column on.
    const result = read(report, { widths: NARROW, borders });
    expect(result.problems).toEqual([]);
    expect(result.report?.tables).toEqual(report.tables);
  });

  it.each(["disclosure", "applications", "appeals"] as const)(
    "reads every figure of table %s printed without ruling lines, from where its figures stand",
    (table) => {
      // The blank 一、本年新收 · 商业企业 keeps its column: the figures after it are not moved one place left.
      const result = read(report, { widths: NARROW, unruled: [table] });
      expect(result.problems).toEqual([]);
      expect(result.report?.tables).toEqual(report.tables);
    },
  );

  it.each([
    ["with its borders", [0]],
    ["wherever the page break cuts table 三", [0, 6, 12, 18]],
  ])("never reads the empty span of a label under a merged heading as a figure, %s", (_, breakAt) => {
    // （七）总计 in the first of its label columns, the rest of its span an empty bordered cell: seven figures, not
    // eight, and every one in its column.
    for (const lines of breakAt) {
      const longer = {
        ...report,
        text: { ...report.text, overview: `${report.text.overview}\n${"本年度工作扎实推进。".repeat(4 * lines)}` },
      };
      const pages = printedPages(longer, { widths: NARROW, unspannedLabels: true });
      const items = pages.flatMap((page) => page.items.map((item) => item.text));
      // Printed in its narrow first column, （七）总计 wraps.
      expect(items.some((item) => item.startsWith("（七") && item !== "（七）总计")).toBe(true);
      const result = readReportText(pdfText(pages));
      expect([lines, result.problems]).toEqual([lines, []]);
      expect(result.report?.tables).toEqual(report.tables);
    }
  });

  it.each([
    ["labels not spanning their merged area", { unspannedLabels: true }],
    ["三 and 四 printed without ruling lines", { unruled: ["applications", "appeals"] }],
  ] as const)("gives back exactly the rows before any cut of its text, %s", (_, printing) => {
    const cut = pdfText(printedPages(report, { widths: NARROW, ...printing }));
    expect(brokenCuts(cut, fromTable2(cut))).toEqual([]);
  });

  it("rejoins header words wrapped in a narrow column of tables printed without ruling lines, as in ruled ones", () => {
    // “商业企 / 业”, “科研机 / 构”, “结果维 / 持” on two lines each; the header is read as the official labels.
    const printing = { widths: { ...NARROW, appeals: Array.from({ length: 15 }, () => 32) } } as const;
    const pages = printedPages(report, { ...printing, unruled: ["applications", "appeals"] });
    const items = pages.flatMap((page) => page.items.map((item) => item.text));
    expect(items).toEqual(expect.arrayContaining(["商业企", "业", "科研机", "构", "结果维", "持"]));
    const lines = pdfText(pages).split("\n");
    for (const word of ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "结果维持", "尚未审结"])
      expect(lines).toContain(`\t${word}`);
    const ruled = pdfText(printedPages(report, printing)).split("\n");
    const header = (text: string[]) =>
      text.slice(text.indexOf("\t申请人情况"), text.indexOf("\t一、本年新收政府信息公开申请数量"));
    expect(header(lines)).toEqual(header(ruled));
    const result = readReportText(pdfText(pages));
    expect(result.problems).toEqual([]);
    expect(result.report?.tables).toEqual(report.tables);
  });

  it("reads （六）其他处理's items numbered “1、2、3、”", () => {
    const result = read(report, { widths: NARROW, label: (text) => text.replace(/^([0-9])\./, "$1、") });
    expect(result.problems).toEqual([]);
    expect(result.report?.tables.applications).toEqual(report.tables.applications);
  });
});

describe("PDFs that cannot be read say why", () => {
  it("a page of 150,000 text runs on one line gives a reason, not a stack overflow", () => {
    const items = Array.from({ length: 150_000 }, (_, n) => ({ text: "数", x: n * 0.001, y: 400, width: 1, size: 9 }));
    const page = { width: 595, height: 842, items, segments: [] };
    expect(readPdfReport({ ok: true, pages: [page], numPages: 1, images: 0 }).ok).toBe(false);
  });

  it("a scan (pages without text) is named as a scan", () => {
    const scan = { width: 595, height: 842, items: [], segments: [] };
    expect(readPdfReport({ ok: true, pages: [scan, scan], numPages: 2, images: 2 })).toEqual({
      ok: false,
      errors: ["这是扫描件（PDF 中没有文字，只有图片），无法读取其中的数字：请提供 Word、网页或文字版 PDF"],
    });
  });

  it("a report's pages followed by 2,000 blank pages is a text PDF, read as the report", () => {
    const report = distinctReport();
    const blank = { width: 595, height: 842, items: [], segments: [] };
    const pages = [...printedPages(report, { widths: NARROW }), ...Array.from({ length: 2000 }, () => blank)];
    const read = readPdfReport({ ok: true, pages, numPages: pages.length, images: 0 });
    expect(read.ok && read.report.tables).toEqual(report.tables);
  });

  it.each([
    ["broken", "PDF 文件已损坏或无法打开"],
    ["encrypted", "PDF 文件设有密码，无法读取：请提供未加密的文件"],
    ["timeout", "PDF 文件读取超时（超过 30 秒），未读取"],
  ] as const)("a PDF that is %s", (problem, reason) => {
    expect(readPdfReport({ ok: false, problem })).toEqual({ ok: false, errors: [reason] });
  });
});
