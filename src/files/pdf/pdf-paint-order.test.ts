import { checkReport, zeroReport, type Report } from "../../domain";
import { pdfFile, type PaintOrder } from "./__fixtures__/pdf-file";
import { printedPages } from "./__fixtures__/printed-pages";
import { readPdfContent } from "./read-pdf-content";
import { readPdfReport } from "./read-pdf";
import { distinctFigures } from "../../../test/helpers/distinct-figures";

// Real PDF files read through pdfjs, painted in the order a producer chooses rather than the order a person reads:
// WPS and Word paint a row's cells one after the other, others go column by column or in no order at all. The text
// is in a Chinese font named, not embedded (STSong-Light through the predefined CMap UniGB-UCS2-H), so it reads
// only with pdfjs's CMaps. Every cell holds a different figure: one read in its neighbour's place cannot pass.

// The first PDF starts pdfjs's thread, which takes seconds on a busy machine.
jest.setTimeout(30_000);

function distinctReport(): Report {
  const report = distinctFigures("2021", 2023, "某县某局");
  report.text = { overview: "本年度，我局认真贯彻落实条例。", problems: "继续改进。", other: "未收取信息处理费。" };
  return report;
}

/** Table 四 as printed with narrow figure columns: a three-digit figure nearly fills its cell. */
const NARROW_APPEALS = { appeals: Array.from({ length: 15 }, () => 32) };

async function readBack(report: Report, order: PaintOrder, unspannedLabels = false) {
  const bytes = await pdfFile(printedPages(report, { widths: NARROW_APPEALS, unspannedLabels }), order);
  return readPdfReport(await readPdfContent(bytes));
}

describe("a PDF painted out of reading order", () => {
  const report = distinctReport();

  it.each<PaintOrder>(["rows", "columns", "shuffled"])(
    "gives every figure in its cell when painted by %s",
    async (order) => {
      const read = await readBack(report, order);
      expect(read.ok && read.report.tables).toEqual(report.tables);
    },
  );

  it.each<PaintOrder>(["rows", "columns", "shuffled"])(
    "never reads the empty span of a label under 三、本年度办理结果 as a figure when painted by %s",
    async (order) => {
      // （一）（二）（七） each in the first of their label columns, the rest an empty bordered cell.
      const read = await readBack(report, order, true);
      expect(read.ok && read.report.tables).toEqual(report.tables);
      expect(read.ok && read.unread).toBeUndefined();
    },
  );

  it("finds the errors planted in it: 复议 总计 0 while 10 + 1 = 11, 复议后起诉 总计 0 while 5", async () => {
    const planted = zeroReport("2021", 2023, "某县某局");
    planted.text = report.text;
    Object.assign(planted.tables.appeals, {
      "review.upheld": 10,
      "review.corrected": 1,
      "suitAfterReview.pending": 5,
    });
    const read = await readBack(planted, "rows");
    expect(read.ok && read.report.tables.appeals).toEqual(planted.tables.appeals);
    const errors = read.ok ? checkReport(read.report).filter((finding) => finding.severity === "error") : [];
    const totals = errors.flatMap((finding) => finding.cells.map((cell) => `${cell.table}:${cell.key}`));
    expect(totals).toEqual(expect.arrayContaining(["appeals:review.total", "appeals:suitAfterReview.total"]));
  });
});
