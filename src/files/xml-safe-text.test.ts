import { strFromU8, unzipSync } from "fflate";
import { zeroReport, type Report } from "../domain";
import { writeReportDocx } from "./docx/write-docx";
import { walkXml } from "./xlsx/walk-xml";
import { readWorkbook } from "./xlsx/read-workbook";
import { writeReportWorkbook } from "./xlsx/write-template";
import { dropXmlForbidden } from "./xml-safe-text";

// Every .docx and .xlsx nianbao writes is well-formed XML, whatever was pasted into the prose: characters XML 1.0
// forbids are dropped and the caller is told where. (LibreOffice opens the result in test/xlsx/libreoffice.test.ts.)

const FORBIDDEN = "\u0000\u0001\u0008\u000B\u000C\u000E\u001F\uFFFE\uFFFF\uDC00\uD800";

/** The report with forbidden characters in its body and two prose sections. */
function pastedReport(): Report {
  const report = zeroReport("2021", 2025, "某市\uFFFE某局");
  report.text = {
    overview: `本年度\uFFFE，我局${FORBIDDEN.slice(0, 3)}认真贯彻落实。`,
    problems: "一是……",
    other: "无\u0001。",
  };
  return report;
}

/** Whether every XML part of a package parses as well-formed XML. */
function allPartsWellFormed(bytes: Uint8Array): Record<string, boolean> {
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => /\.(xml|rels)$/.test(name))
      .map(([name, part]) => [name, walkXml(part, {})]),
  );
}

describe("dropXmlForbidden", () => {
  it("drops every character XML 1.0 forbids, lone surrogate halves included, and counts them", () => {
    expect(dropXmlForbidden(`a${FORBIDDEN}b`)).toEqual({ text: "ab", dropped: FORBIDDEN.length });
  });

  it("keeps tabs, line breaks, CJK text and characters beyond the BMP (a surrogate pair)", () => {
    const text = "一\t二\r\n三 𠀀 😀";
    expect(dropXmlForbidden(text)).toEqual({ text, dropped: 0 });
  });
});

describe("writing a report whose pasted prose holds characters XML forbids", () => {
  it("writes a .docx whose every part is well-formed, and warns of each place in Chinese", async () => {
    const warnings: string[] = [];
    const bytes = await writeReportDocx(pastedReport(), (w) => warnings.push(w));
    expect(Object.values(allPartsWellFormed(bytes))).not.toContain(false);
    expect(strFromU8(unzipSync(bytes)["word/document.xml"]!)).toContain("本年度，我局认真贯彻落实。");
    expect(warnings).toEqual([
      "机关名称中有 1 个 Word/Excel 文件无法保存的控制字符（如 U+FFFE，通常随复制粘贴带入，看不见），已删除",
      "一、总体情况中有 4 个 Word/Excel 文件无法保存的控制字符（如 U+FFFE，通常随复制粘贴带入，看不见），已删除",
      "六、其他需要报告的事项中有 1 个 Word/Excel 文件无法保存的控制字符（如 U+FFFE，通常随复制粘贴带入，看不见），已删除",
    ]);
  });

  it("writes an .xlsx whose every part is well-formed and reads back without the dropped characters", async () => {
    const warnings: string[] = [];
    const bytes = await writeReportWorkbook(pastedReport(), (w) => warnings.push(w));
    expect(Object.values(allPartsWellFormed(bytes))).not.toContain(false);
    expect(warnings).toHaveLength(3);
    const { reports } = await readWorkbook(bytes);
    expect(reports[0]?.report).toMatchObject({ body: "某市某局", text: { overview: "本年度，我局认真贯彻落实。" } });
  });

  it("says nothing when there was nothing to drop", async () => {
    const warn = jest.fn();
    await writeReportDocx(zeroReport("2019", 2020, "某局"), warn);
    expect(warn).not.toHaveBeenCalled();
  });
});
