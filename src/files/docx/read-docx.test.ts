import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readReportText, zeroReport, type Report } from "../../domain";
import { HUANCUI, readFixture } from "../../../test/helpers/fixture";
import { runCliCaptured } from "../../../test/helpers/run-cli";
import { readReportFile } from "../read-report-file";
import { inLayoutTable, paragraph, reportBody, wordFile } from "./__fixtures__/word-document";
import { readDocxReport } from "./read-docx";
import { writeReportDocx } from "./write-docx";

// Word reports read from their table structure: cells are explicit, so a merged header or a blank figure is what
// the document says, never a guess.

/** A 2021 report with figures in the columns the merged headers of table 三 name, and one cell left blank. */
function report2021(): Report {
  const report = zeroReport("2021", 2023, "某县某局");
  Object.assign(report.tables.applications, {
    "newReceived.natural": 6,
    "newReceived.commercial": 2,
    "newReceived.total": 8,
    "disclosed.natural": 5,
    "disclosed.commercial": 2,
    "disclosed.total": 7,
    "resultTotal.natural": 5,
    "resultTotal.commercial": 2,
    "resultTotal.total": 7,
    "carriedOut.natural": 1,
    "carriedOut.total": 1,
  });
  Object.assign(report.tables.disclosure, { "rules.issued": 2, "normativeDocs.inForce": 14, "fees.amount": 1.5 });
  Object.assign(report.tables.appeals, { "review.upheld": 1, "review.total": 1 });
  delete report.tables.appeals["litigationDirect.corrected"];
  report.text = {
    overview: "本年度收到申请8件。",
    problems: "2024年，我们将继续改进。",
    other: "本年度未收取信息处理费。",
  };
  return report;
}

describe("a Word document of another office, with merged header cells", () => {
  it("reads every figure: gridSpan and vMerge headers, words split over paragraphs, inside a layout table", async () => {
    const report = report2021();
    const read = readDocxReport(await wordFile(inLayoutTable(reportBody(report))));
    expect(read).toMatchObject({ ok: true, report: { format: "2021", year: 2023, body: "某县某局" } });
    if (read.ok) {
      expect(read.report.tables).toEqual(report.tables);
      expect(read.report.text).toEqual(report.text);
    }
  });

  it("reads what Word shows: hidden text and tracked deletions are not figures", async () => {
    const report = report2021();
    const figure = (text: string) =>
      text === "14"
        ? "<w:r><w:rPr><w:vanish/></w:rPr><w:t>9</w:t></w:r><w:del><w:r><w:delText>13</w:delText></w:r></w:del><w:r><w:t>14</w:t></w:r>"
        : `<w:r><w:t>${text}</w:t></w:r>`;
    const read = readDocxReport(await wordFile(reportBody(report, figure)));
    expect(read.ok && read.report.tables.disclosure["normativeDocs.inForce"]).toBe(14);
  });
});

describe("Word files that are not reports, or not Word", () => {
  it.each([
    [
      "not a zip at all",
      new TextEncoder().encode("这不是 Word 文件"),
      "文件已损坏或不是有效的 Word/Excel 文件（压缩包无法解开）",
    ],
  ])("%s is refused with a reason", (_name, bytes, reason) => {
    expect(readDocxReport(bytes)).toEqual({ ok: false, errors: [reason] });
  });

  it("a document whose XML is broken is refused with a reason", async () => {
    expect(readDocxReport(await wordFile("<w:p><w:r><w:t>未闭合"))).toEqual({
      ok: false,
      errors: ["Word 文档的正文已损坏，无法读取"],
    });
  });

  it("a document without the report's tables says why it cannot be read", async () => {
    const read = readDocxReport(await wordFile(paragraph("<w:r><w:t>2023年工作总结</w:t></w:r>")));
    expect(read.ok).toBe(false);
  });
});

describe("nianbao export --docx, then read back", () => {
  it("the published 2019 report exported to Word reads back as the copied text: same figures, same findings", async () => {
    const output = join(mkdtempSync(join(tmpdir(), "nianbao-docx-")), "2019.docx");
    expect((await runCliCaptured(["export", HUANCUI, "--docx", "-o", output])).code).toBe(0);
    const text = readReportText(readFixture());
    const read = await readReportFile(output);
    expect(read).toMatchObject({ ok: true, report: { format: "2019", year: 2019, tables: text.report?.tables } });
    expect(read.ok && read.findings).toEqual(text.findings);
  });

  it("reads the whole name of a body too long for the title's line, which the export wraps between its words", async () => {
    const body = "某某自治区某某自治州某某自治县某某乡人民政府";
    const read = readDocxReport(await writeReportDocx(zeroReport("2021", 2023, body)));
    expect(read).toMatchObject({ ok: true, report: { body, year: 2023 } });
  });

  it.each([".doc", ".wps"])("a %s file is refused with what to do: save it as .docx", async (ext) => {
    const file = join(mkdtempSync(join(tmpdir(), "nianbao-doc-")), `2019年报${ext}`);
    // The start of an OLE compound file, as Word 97–2003 and WPS write them.
    writeFileSync(file, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const read = await readReportFile(file);
    expect(read).toEqual({
      ok: false,
      file,
      errors: [`无法读取旧版 Word/WPS 文档（${ext}）：请在 Word 或 WPS 中“另存为” .docx 格式后再读取`],
    });
  });
});
