import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeReportDocx } from "../src/files/docx/write-docx";
import { readPdfContent } from "../src/files/pdf/read-pdf-content";
import { readReportFile, type ReportFile } from "../src/files/read-report-file";
import { distinctFigures } from "./helpers/distinct-figures";
import { regridded, restyled } from "./helpers/word-variants";
import { convertWithLibreOffice } from "./xlsx/libreoffice";

// Table 三 printed without ruling lines, cut by a page wherever the prose before it ends: with its labels in lines of
// whole words (docx-columns.ts) a page came to cut it between rows the PDF reader lost, a label of three lines at
// the head of a page (its first line above its figures) and one of two at the foot (its second line below them).
// The prose grows two sentences at a time, so the page cuts table 三 at one row after another; every PDF must give
// every figure of the report. So must one where an office widened table 三's label columns (三、本年度办理结果 on
// one line) at the expense of its row labels' column, whose labels LibreOffice then wraps to five lines and more.

const dir = mkdtempSync(join(tmpdir(), "nianbao-unruled-breaks-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SENTENCE = "本年度，我局认真贯彻落实条例，扎实推进政务公开工作，取得实效。";
const SENTENCES = Array.from({ length: 16 }, (_, n) => 2 * n);
const report = distinctFigures("2021", 2023, "某县某局");
const read = new Map<number, ReportFile>();
/** The first figure of table 三 on the page where it ends: the row the page cut it before. */
const cutBefore = new Map<number, number>();
/** Table 三's columns widened by an office, in twips: its two group columns, then its row labels' six. */
const WIDER_GROUPS = [900, 500, -234, -233, -233, -233, -233, -234];

beforeAll(async () => {
  const files: string[] = [];
  for (const n of SENTENCES) {
    const docx = await writeReportDocx({ ...report, text: { overview: SENTENCE.repeat(n) } });
    files.push(join(dir, `${n}.docx`));
    writeFileSync(files[files.length - 1]!, await restyled(docx, "nil", 1));
  }
  const wide = await regridded(await restyled(await writeReportDocx(report), "nil", 1), 1, WIDER_GROUPS);
  writeFileSync(join(dir, "wide.docx"), wide);
  await convertWithLibreOffice([...files, join(dir, "wide.docx")], "pdf", dir);
  for (const n of SENTENCES) {
    const pdf = join(dir, `${n}.pdf`);
    read.set(n, await readReportFile(pdf));
    const content = await readPdfContent(readFileSync(pdf));
    const pages = content.ok ? content.pages : [];
    const last = pages.find((page) => page.items.some((item) => item.text.includes("结转下年度继续办理")));
    // Table 三's figures are 11 to 185 (table 二's are below, table 四's above).
    const figures = (last?.items ?? []).map((item) => Number(item.text)).filter((v) => v >= 11 && v <= 185);
    cutBefore.set(n, Math.min(...figures));
  }
}, 300_000);

it.each(SENTENCES)("gives every figure with %i sentences of prose before table 三", (n) => {
  const file = read.get(n)!;
  expect(file.ok && file.report.tables).toEqual(report.tables);
  expect(file.ok && file.unread).toBeUndefined();
});

it("is cut at many rows, among them before labels of three lines and more, after labels of two", () => {
  const cuts = new Set(cutBefore.values());
  expect(cuts.size).toBeGreaterThanOrEqual(6);
  // The first figures of （六）'s 1.申请人无正当理由逾期… and 2.申请人逾期未按收费通知…, after （五）'s 5.要求行政机关确认….
  expect(cuts).toContain(151);
  expect(cuts).toContain(158);
});

it("gives every figure when table 三's group columns are widened and its row labels wrap to five lines", async () => {
  const pdf = join(dir, "wide.pdf");
  const content = await readPdfContent(readFileSync(pdf));
  const items = content.ok ? content.pages.flatMap((page) => page.items.map((item) => item.text)) : [];
  // 4.保护第三方合法权益, one line as exported, wrapped by LibreOffice in the narrowed column.
  expect(items).toContain("合法权益");
  const file = await readReportFile(pdf);
  expect(file.ok && file.report.tables).toEqual(report.tables);
});
