import JSZip from "jszip";
import { formats, layoutTablesSheet, zeroReport, type Merge, type Report } from "../../domain";
import { writeReportDocx } from "./write-docx";

// The Word document's XML, as Word reads it: merged header cells, the page set-up and the prose. (The rendered
// look is checked through LibreOffice in test/cli-export.test.ts.)

async function documentXml(report: Report): Promise<string> {
  const zip = await JSZip.loadAsync(await writeReportDocx(report));
  const xml = await zip.file("word/document.xml")?.async("string");
  if (xml === undefined) throw new Error("no word/document.xml in the .docx");
  return xml;
}

const count = (xml: string, pattern: RegExp): number => xml.match(pattern)?.length ?? 0;

/** The merges of the three tables in the shared layout (the sheet title's merge is a paragraph in Word). */
function tableMerges(report: Report) {
  const layout = layoutTablesSheet(formats[report.format], report.year, report.body, "perTable");
  const tableOf = (row: number) => layout.tables.find((t) => row > t.top && row <= t.bottom);
  const captionRows = new Set(layout.cells.filter((c) => c.role === "caption").map((c) => c.row));
  // A blank block in columns where its table has nothing (beside table 四's headers) is not printed.
  const printed = (m: Merge) =>
    layout.cells.some((c) => {
      const table = tableOf(m.top);
      const inTable = table !== undefined && c.row > table.top && c.row <= table.bottom;
      return inTable && c.col >= m.left && c.col <= m.right && (c.role !== "header" || c.value !== undefined);
    });
  return layout.merges.filter((m) => tableOf(m.top) && !captionRows.has(m.top) && printed(m));
}

describe("writeReportDocx", () => {
  it.each([
    ["2019", 2020],
    ["2021", 2023],
  ] as const)("merges the %s tables' cells as the official tables do", async (format, year) => {
    const report = zeroReport(format, year, "某市某局");
    const xml = await documentXml(report);
    const merges = tableMerges(report);
    expect(count(xml, /<w:vMerge w:val="restart"\/>/g)).toBe(merges.filter((m) => m.bottom > m.top).length);
    const continued = merges.reduce((n, m) => n + (m.bottom - m.top), 0);
    expect(count(xml, /<w:vMerge\/>|<w:vMerge w:val="continue"\/>/g)).toBe(continued);
    expect(count(xml, /<w:tbl>/g)).toBe(3);
  });

  it("sets A4 with the official margins: top 3.7 cm, bottom 3.5 cm, left 2.8 cm, right 2.6 cm", async () => {
    const xml = await documentXml(zeroReport("2021", 2023, "某市某局"));
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
  });

  it("writes the title, the prose given and an empty paragraph for a section to be written", async () => {
    const report = zeroReport("2021", 2023, "某市某局");
    report.text = { overview: "第一段。\n\n第二段。", other: "本年度未收取信息处理费。" };
    const xml = await documentXml(report);
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    // The title does not fit a line of its type: the name is a line of its own (docx-title.ts).
    expect(text.slice(0, 5)).toEqual([
      "某市某局",
      "2023年政府信息公开工作年度报告",
      "一、总体情况",
      "第一段。",
      "第二段。",
    ]);
    const problems = xml.slice(xml.indexOf("五、存在的主要问题及改进情况"), xml.indexOf("六、其他需要报告的事项"));
    // After the heading, one paragraph with an empty run waits for the text (then 六's heading opens).
    expect(count(problems, /<w:p>/g)).toBe(2);
    expect(count(problems, /<w:t[^>]*><\/w:t>/g)).toBe(1);
  });

  it.each(["2019", "2021"] as const)(
    "repeats the %s tables' header rows on every page (w:tblHeader), and keeps every header row with the next",
    async (format) => {
      const xml = await documentXml(zeroReport(format, 2025, "某县交通运输局"));
      const rowsOf = (table: string) => (table.split("</w:tbl>")[0] ?? "").split("<w:tr>").slice(1);
      const [disclosure = [], applications = [], appeals = []] = xml.split("<w:tbl>").slice(1).map(rowsOf);
      const repeated = (rows: string[]) => rows.map((row) => row.includes("<w:tblHeader/>"));
      const firstLabelled = (rows: string[], label: string) => rows.findIndex((row) => row.includes(label));

      // 三: 申请人情况 / 法人或其他组织 / 商业企业… are repeated, no row of figures is.
      const firstFigures = firstLabelled(applications, "一、本年新收政府信息公开申请数量");
      expect(firstFigures).toBeGreaterThanOrEqual(2);
      expect(repeated(applications)).toEqual(applications.map((_, i) => i < firstFigures));
      expect(applications.slice(0, firstFigures).join("")).toContain("自然人");
      // 四: 行政复议 / 行政诉讼 / 结果维持… over its one line of figures.
      expect(repeated(appeals).filter(Boolean)).toHaveLength(appeals.length - 1);
      expect(
        appeals
          .slice(0, -1)
          .join("")
          .replace(/<[^>]*>/g, ""),
      ).toContain("结果维持");
      // 二: each 第二十条 item has its own header, so the first one repeated would label the others' figures.
      expect(repeated(disclosure).some(Boolean)).toBe(false);
      // A header row never ends a page alone: its paragraphs keep with the next row, a row of figures does not.
      for (const rows of [disclosure, applications, appeals]) {
        for (const row of rows) {
          const header = !/w:jc w:val="(?:left|right)"/.test(row);
          expect(row.includes("<w:keepNext/>")).toBe(header);
        }
      }
    },
  );
});
