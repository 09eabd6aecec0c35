import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";
import { checkReport, zeroReport, type Report } from "../src/domain";
import { writeReportDocx } from "../src/files/docx/write-docx";
import { pdfText } from "../src/files/pdf/pdf-layout";
import { readPdfContent } from "../src/files/pdf/read-pdf-content";
import { readReportFile, type ReportFile } from "../src/files/read-report-file";
import { bothReaders, contentDifferences } from "./helpers/pdf-readers";
import { distinctFigures } from "./helpers/distinct-figures";
import { restyled } from "./helpers/word-variants";

// PDFs made the way offices make them: a Word report (merged cells, 三、本年度办理结果 down a narrow merged column,
// headers wrapped in narrow columns) printed to PDF by LibreOffice, with table 三 going over a page break, and in
// variants as offices format their tables: one table printed without ruling lines, and every border drawn double.
// Every variant must give the same figures; the errors planted in them must be found.

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "nianbao-office-pdf-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every cell a different figure, one left blank; long prose so that table 三 starts low on a page and is cut. */
function distinctReport(): Report {
  const report = distinctFigures("2021", 2023, "某县某局");
  delete report.tables.applications["newReceived.commercial"];
  const paragraph = "本年度，我局认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开工作。";
  report.text = { overview: paragraph.repeat(14), problems: "明年将继续改进。", other: "未收取信息处理费。" };
  return report;
}

/** 复议 总计 0 while 10 + 1 = 11; 复议后起诉 总计 0 while 5 are pending. */
function plantedErrors(): Report {
  const report = zeroReport("2021", 2023, "某县某局");
  report.text = distinctReport().text;
  Object.assign(report.tables.appeals, { "review.upheld": 10, "review.corrected": 1, "suitAfterReview.pending": 5 });
  return report;
}

/**
 * The Word file with the first `rows` rows of its `table`-th table marked as a header to repeat (w:tblHeader), as an
 * author marks them in Word: table 二 runs over the first page break, so its 第二十条第（一）项 header is printed again.
 */
async function headerRepeated(docx: Buffer, table: number, rows: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file("word/document.xml")!.async("string");
  const parts = xml.split("<w:tbl>");
  let marked = 0;
  parts[table + 1] = parts[table + 1]!.replace(/<w:cantSplit\/>/g, (split) =>
    marked++ < rows ? `${split}<w:tblHeader/>` : split,
  );
  zip.file("word/document.xml", parts.join("<w:tbl>"));
  return zip.generateAsync({ type: "nodebuffer" });
}

/**
 * The Word file with the labels under 三、本年度办理结果 that span columns (（一）（二）（七）) written in their first
 * column only, the rest of the span an empty cell of its own: a merged heading down the side (w:vMerge) beside
 * labels that leave part of the label area empty.
 */
async function unspannedLabels(docx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file("word/document.xml")!.async("string");
  const cell =
    /<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="(\d+)"\/><w:gridSpan w:val="(\d+)"\/>((?:(?!<\/w:tc>).)*)<\/w:tc>/g;
  const changed = xml.replace(cell, (whole, width: string, span: string, rest: string) => {
    const n = Number(span);
    if (n < 2 || !/<w:t[^>]*>（[一二七]）/.test(rest)) return whole;
    const each = Math.floor(Number(width) / n);
    return (
      `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${each}"/><w:gridSpan w:val="1"/>${rest}</w:tc>` +
      `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${Number(width) - each}"/><w:gridSpan w:val="${n - 1}"/></w:tcPr><w:p/></w:tc>`
    );
  });
  expect(changed).not.toBe(xml);
  zip.file("word/document.xml", changed);
  return zip.generateAsync({ type: "nodebuffer" });
}

const VARIANTS = [
  "ruled",
  "三 without ruling lines",
  "四 without ruling lines",
  "double borders",
  "二's header repeated on the next page",
  "labels not spanning their merged area",
] as const;
type Variant = (typeof VARIANTS)[number];

async function wordFile(report: Report, variant: Variant): Promise<Buffer> {
  const docx = await writeReportDocx(report);
  if (variant === "三 without ruling lines") return restyled(docx, "nil", 1);
  if (variant === "四 without ruling lines") return restyled(docx, "nil", 2);
  if (variant === "double borders") return restyled(docx, "double");
  if (variant === "二's header repeated on the next page") return headerRepeated(docx, 0, 2);
  if (variant === "labels not spanning their merged area") return unspannedLabels(docx);
  return docx;
}

const report = distinctReport();
const read = new Map<string, ReportFile>();

beforeAll(async () => {
  const names: string[] = [];
  for (const [n, variant] of VARIANTS.entries()) {
    for (const [kind, source] of [
      ["figures", report],
      ["planted", plantedErrors()],
    ] as const) {
      const name = join(dir, `${kind}-${n}.docx`);
      writeFileSync(name, await wordFile(source, variant));
      names.push(name);
    }
  }
  const profile = `file://${mkdtempSync(join(tmpdir(), "lo-"))}`;
  await run(
    "soffice",
    ["--headless", `-env:UserInstallation=${profile}`, "--convert-to", "pdf", "--outdir", dir, ...names],
    {
      timeout: 300_000,
    },
  );
  for (const name of names) read.set(name, await readReportFile(name.replace(/\.docx$/, ".pdf")));
}, 360_000);

const readBack = (kind: string, variant: Variant) => read.get(join(dir, `${kind}-${VARIANTS.indexOf(variant)}.docx`))!;

describe.each(VARIANTS)("a LibreOffice PDF of a Word report, %s", (variant) => {
  it("gives every figure in its own cell, and the blank cell as blank", () => {
    const file = readBack("figures", variant);
    expect(file.ok && file.report.tables).toEqual(report.tables);
    expect(file.ok && file.unread).toBeUndefined();
  });

  it("has its planted errors found: 复议 总计 0 while 10 + 1 = 11, 复议后起诉 总计 0 while 5", () => {
    const file = readBack("planted", variant);
    const errors = file.ok ? checkReport(file.report).filter((finding) => finding.severity === "error") : [];
    const cells = errors.flatMap((finding) => finding.cells.map((cell) => `${cell.table}:${cell.key}`));
    expect(cells).toEqual(expect.arrayContaining(["appeals:review.total", "appeals:suitAfterReview.total"]));
  });

  it("is read directly, without pdfjs, and gives exactly what pdfjs gives", async () => {
    for (const kind of ["figures", "planted"]) {
      const { direct, pdfjs } = await bothReaders(readFileSync(join(dir, `${kind}-${VARIANTS.indexOf(variant)}.pdf`)));
      expect(direct).toMatchObject({ ok: true });
      expect(contentDifferences(direct!, pdfjs)).toEqual([]);
    }
    // pdfjs reads each PDF in a second or more on a busy machine.
  }, 60_000);
});

it("is laid out as claimed: table 三 begins on one page and ends on the next, a header is wrapped", async () => {
  const content = await readPdfContent(readFileSync(join(dir, "figures-0.pdf")));
  const pageOf = (text: string) =>
    content.ok ? content.pages.findIndex((page) => page.items.some((item) => item.text.includes(text))) : -1;
  expect(pageOf("予以公开")).toBeGreaterThanOrEqual(0);
  expect(pageOf("结转下年度继续办理")).toBeGreaterThan(pageOf("予以公开"));
  const words = content.ok ? content.pages.flatMap((page) => page.items.map((item) => item.text)) : [];
  expect(words).not.toContain("社会公益组织");
});

it("prints the repeated headers it claims to: 三's and 二's at the head of the next page", async () => {
  const occurrences = async (variant: Variant, text: string) => {
    const pdf = readFileSync(join(dir, `figures-${VARIANTS.indexOf(variant)}.pdf`));
    const content = await readPdfContent(pdf);
    const items = content.ok ? content.pages.flatMap((page) => page.items.map((item) => item.text)) : [];
    return items.filter((item) => item.includes(text)).length;
  };
  expect(await occurrences("ruled", "申请人情况")).toBe(2);
  expect(await occurrences("ruled", "第二十条第（一）项")).toBe(1);
  expect(await occurrences("二's header repeated on the next page", "第二十条第（一）项")).toBe(2);
});

it.each([
  ["三 without ruling lines", ["社会公益组织", "法律服务机构"]],
  ["四 without ruling lines", ["结果维持", "其他结果", "尚未审结"]],
] as const)("rejoins the header words wrapped in a table %s, as in a ruled one", async (variant, words) => {
  const name = join(dir, `figures-${VARIANTS.indexOf(variant)}.pdf`);
  const content = await readPdfContent(readFileSync(name));
  const items = content.ok ? content.pages.flatMap((page) => page.items.map((item) => item.text)) : [];
  for (const word of words) expect(items).not.toContain(word);
  const lines = content.ok ? pdfText(content.pages).split("\n") : [];
  for (const word of words) expect(lines).toContain(`\t${word}`);
});
