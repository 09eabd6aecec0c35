import { distinctFigures } from "../../../../test/helpers/distinct-figures";
import { bothReaders, contentDifferences } from "../../../../test/helpers/pdf-readers";
import type { Report } from "../../../domain";
import { pdfFile, type PaintOrder } from "../__fixtures__/pdf-file";
import { printedPages } from "../__fixtures__/printed-pages";
import { readPdfContent } from "../read-pdf-content";
import { readPdfReport } from "../read-pdf";

// The direct reader against pdfjs on the same files: a PDF whose fonts Word and WPS would write (a subset's codes
// through Identity-H, text from a ToUnicode CMap) is read directly and gives exactly pdfjs's content; one it cannot
// be certain of (a predefined CMap, encryption, damage) is left to pdfjs and still read.

// pdfjs's thread starts on the first PDF, which takes seconds on a busy machine.
jest.setTimeout(60_000);

function distinctReport(): Report {
  const report = distinctFigures("2021", 2023, "某县某局");
  report.text = { overview: "本年度，我局认真贯彻落实条例。", problems: "继续改进。", other: "未收取信息处理费。" };
  return report;
}

const report = distinctReport();
const pages = printedPages(report);

describe("a PDF with Word's kind of font (Identity-H, ToUnicode)", () => {
  it.each<[PaintOrder, boolean]>([
    ["rows", true],
    ["columns", false],
    ["shuffled", true],
  ])("painted by %s (object streams: %s) is read directly, as pdfjs reads it", async (order, objectStreams) => {
    const bytes = await pdfFile(pages, order, 7, { font: "identity", objectStreams });
    const { direct, pdfjs } = await bothReaders(bytes);
    expect(direct).toMatchObject({ ok: true, numPages: pages.length });
    expect(contentDifferences(direct!, pdfjs)).toEqual([]);
    const read = readPdfReport(direct!);
    expect(read.ok && read.report.tables).toEqual(report.tables);
  });
});

describe("a PDF the direct reader leaves to pdfjs", () => {
  it("is one whose font is mapped by a predefined CMap, and pdfjs reads its figures", async () => {
    const bytes = await pdfFile(pages, "rows");
    const { direct, pdfjs } = await bothReaders(bytes);
    expect(direct).toBeUndefined();
    const read = readPdfReport(pdfjs);
    expect(read.ok && read.report.tables).toEqual(report.tables);
  });

  it("is an encrypted one, which pdfjs names as such", async () => {
    const bytes = await pdfFile(pages, "rows", 1, { font: "identity", objectStreams: false });
    // An /Encrypt entry in the trailer (after the table, so no offset moves) whose dictionary pdfjs cannot use.
    const text = Buffer.from(bytes).toString("latin1").replace("/Root", "/Encrypt << /Filter /Standard /V 9 >> /Root");
    const { direct, pdfjs } = await bothReaders(Buffer.from(text, "latin1"));
    expect(direct).toBeUndefined();
    expect(pdfjs.ok).toBe(false);
  });

  it("is a damaged one (its startxref off by a byte), which pdfjs repairs and reads", async () => {
    const bytes = await pdfFile(pages, "rows", 1, { font: "identity", objectStreams: false });
    const text = Buffer.from(bytes).toString("latin1");
    const damaged = text.replace(/startxref\s+(\d+)/, (_, offset: string) => `startxref\n${Number(offset) + 1}`);
    const { direct } = await bothReaders(Buffer.from(damaged, "latin1"));
    expect(direct).toBeUndefined();
    const read = readPdfReport(await readPdfContent(Buffer.from(damaged, "latin1")));
    expect(read.ok && read.report.tables).toEqual(report.tables);
  });
});
