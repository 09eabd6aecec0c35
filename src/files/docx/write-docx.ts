import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type FileChild,
  type IParagraphOptions,
} from "docx";
import { formats, reportTitle, type Report, type SectionKey } from "../../domain";
import { printedTables, type PrintedTable } from "../report-tables";
import { xmlSafeReport } from "../xml-safe-text";
import { docxTable } from "./docx-table";
import { titleLines } from "./docx-title";
import { BODY_LINE_SPACING, FIRST_LINE_INDENT, FONTS, PAGE, SIZES } from "./docx-style";

// The report as a Word document, ready for the office's own edits and seal: the title, then the six parts in the
// official order — prose sections 一、五、六 from the report's text, tables 二、三、四 from the shared layout.
// Only docx is used (no Node API), so the pane can build the same document and pack it with Packer.toBlob.

type Part = { title: string } & ({ section: SectionKey } | { table: PrintedTable });

/** The outline's numerals: each part's heading starts with one, which gives the official order. */
const NUMERALS = "一二三四五六";

const bodyParagraph = (text: string, options: IParagraphOptions = {}): Paragraph =>
  new Paragraph({
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { line: BODY_LINE_SPACING },
    ...options,
    children: [new TextRun({ text, font: FONTS.body, size: SIZES.body })],
  });

const heading = (text: string): Paragraph =>
  new Paragraph({
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { line: BODY_LINE_SPACING },
    keepNext: true,
    children: [new TextRun({ text, font: FONTS.heading, size: SIZES.heading })],
  });

/** A section's prose, a paragraph per line; a section without text gets one empty paragraph for the user to fill. */
function prose(text: string | undefined): Paragraph[] {
  const lines = (text ?? "")
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  return lines.length > 0 ? lines.map((line) => bodyParagraph(line)) : [bodyParagraph("")];
}

function tableBlock(table: PrintedTable): FileChild[] {
  const caption = table.caption
    ? [bodyParagraph(table.caption, { alignment: AlignmentType.CENTER, indent: {}, keepNext: true })]
    : [];
  // An empty paragraph after the table keeps it apart from the next heading, as Word itself requires.
  return [...caption, docxTable(table), new Paragraph({})];
}

/**
 * The Word document of a report; pack it with Packer.toBuffer in Node or Packer.toBlob in the browser. Characters
 * a .docx cannot hold are dropped from the body and prose, each place told to `warn` (in Chinese).
 */
export function buildReportDocument(original: Report, warn: (message: string) => void = () => {}): Document {
  const { report, warnings } = xmlSafeReport(original);
  warnings.forEach((message) => warn(message));
  const format = formats[report.format];
  const parts: Part[] = [
    ...format.text.map((section) => ({ title: section.title, section: section.key })),
    ...printedTables(report).map((table) => ({ title: table.title, table })),
  ].sort((a, b) => NUMERALS.indexOf(a.title.charAt(0)) - NUMERALS.indexOf(b.title.charAt(0)));

  const title = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: BODY_LINE_SPACING, after: 240 },
    children: titleLines(report.body, report.year).map(
      (text, n) => new TextRun({ text, font: FONTS.title, size: SIZES.title, bold: true, ...(n > 0 && { break: 1 }) }),
    ),
  });
  const pageNumber = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: FONTS.table, size: SIZES.pageNumber }),
        ],
      }),
    ],
  });
  return new Document({
    title: reportTitle(report.body, report.year),
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } },
        footers: { default: pageNumber },
        children: [
          title,
          ...parts.flatMap((part) => [
            heading(part.title),
            ...("section" in part ? prose(report.text[part.section]) : tableBlock(part.table)),
          ]),
        ],
      },
    ],
  });
}

/** The report as a .docx file's bytes (Node); `warn` hears of characters dropped, as for buildReportDocument. */
export async function writeReportDocx(report: Report, warn?: (message: string) => void): Promise<Buffer> {
  return Packer.toBuffer(buildReportDocument(report, warn));
}
