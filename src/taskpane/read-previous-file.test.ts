import { encodeGb18030 } from "../../test/helpers/encode-text";
import { readReportText } from "../domain";
import { reportBody, wordFile } from "../files/docx/__fixtures__/word-document";
import { readFixture } from "../../test/helpers/fixture";
import { readPreviousFile } from "./read-previous-file";
import { strings } from "./strings.zh-CN";

describe("readPreviousFile", () => {
  it("says in Chinese when the picked file can no longer be read, instead of failing silently", async () => {
    const gone = {
      name: "2024年报.json",
      size: 10,
      arrayBuffer: () => Promise.reject(new DOMException("", "NotReadableError")),
    };
    await expect(readPreviousFile(gone as unknown as File)).resolves.toEqual({
      ok: false,
      errors: [strings.previousFileUnreadable],
    });
  });

  it("says where a broken .json file goes wrong, by line and column", async () => {
    const file = new File(['{\n  "schema": x'], "2024年报.json");
    await expect(readPreviousFile(file)).resolves.toEqual({
      ok: false,
      errors: ["不是有效的 JSON 文件（第 2 行第 13 列附近有误）"],
    });
  });

  it("reads last year's published text saved by a Windows tool in GB18030, as the CLI reads it", async () => {
    const file = new File([encodeGb18030(readFixture())], "2019年报.txt");
    await expect(readPreviousFile(file)).resolves.toMatchObject({
      ok: true,
      report: { format: "2019", year: 2019, tables: { disclosure: { "procurement.count": 999 } } },
    });
  });

  it("reads last year's report published as a Word document", async () => {
    const report = readReportText(readFixture()).report!;
    const file = new File([await wordFile(reportBody(report))], "2019年报.docx");
    await expect(readPreviousFile(file)).resolves.toMatchObject({ ok: true, report: { tables: report.tables } });
  });

  it("refuses a file far larger than any report before reading it, naming the limit", async () => {
    const huge = {
      name: "2024年报.txt",
      size: 200 * 1024 * 1024,
      arrayBuffer: () => Promise.reject(new Error("read")),
    };
    await expect(readPreviousFile(huge as unknown as File)).resolves.toEqual({
      ok: false,
      errors: [expect.stringContaining("20 MB")],
    });
  });

  it("says what to do in the pane's words when a file names no year, never a command-line option", async () => {
    const text = readFixture()
      .replace(/20\d\d/g, "")
      .replace(/二〇一九/g, "");
    const read = await readPreviousFile(new File([text], "上年报告.txt"));
    const said = read.ok ? (read.notes ?? []) : read.errors;
    expect(said.join("\n")).toMatch(/无法确定报告年度.*文件名改为含年度的名称/);
    expect(said.join("\n")).not.toMatch(/--year|--format/);
  });
});
