import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readReportText, toReportJson, zeroReport } from "../../domain";
import { encodeGb18030, encodeUtf16 } from "../../../test/helpers/encode-text";
import { readFixture } from "../../../test/helpers/fixture";
import { reportPage } from "../html/__fixtures__/report-page";
import { readReportFile } from "../read-report-file";
import { decodeText } from "./text-encoding";

// The published report as Windows tools in China save it: Notepad's ANSI (GB18030/GBK on a Chinese system), its
// “Unicode” (UTF-16 LE) and “Unicode big endian”, and a page saved by a browser in GBK without its charset line.
// Every one must read as the UTF-8 original: the same report, the same findings.

const workDir = mkdtempSync(join(tmpdir(), "nianbao-encodings-"));
const save = (name: string, bytes: Uint8Array | string): string => {
  const path = join(workDir, name);
  writeFileSync(path, bytes);
  return path;
};

const text = readFixture();
const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);
const GB18030_BOM = new Uint8Array([0x84, 0x31, 0x95, 0x33]);
const utf32 = (value: string, littleEndian: boolean): Uint8Array => {
  const points = [...value].map((char) => char.codePointAt(0)!);
  const out = new Uint8Array(points.length * 4);
  points.forEach((point, n) => new DataView(out.buffer).setUint32(n * 4, point, littleEndian));
  return out;
};
const concat = (...parts: Uint8Array[]): Uint8Array => new Uint8Array(parts.flatMap((part) => [...part]));

describe("the published 2019 report in every encoding it is saved in", () => {
  const original = readReportText(text);

  it.each([
    ["GB18030 (Notepad's ANSI on a Chinese system)", () => encodeGb18030(text)],
    ["GB18030 with its byte order mark", () => concat(GB18030_BOM, encodeGb18030(text))],
    ["UTF-16 LE with its byte order mark (Notepad's Unicode)", () => encodeUtf16(text, "le")],
    ["UTF-16 BE with its byte order mark", () => encodeUtf16(text, "be")],
    ["UTF-8 with a byte order mark", () => concat(UTF8_BOM, new TextEncoder().encode(text))],
    ["UTF-16 LE without a byte order mark", () => encodeUtf16(text, "le").subarray(2)],
    ["UTF-16 BE without a byte order mark", () => encodeUtf16(text, "be").subarray(2)],
    ["UTF-32 LE without a byte order mark", () => utf32(text, true)],
    ["UTF-32 BE with its byte order mark", () => concat(new Uint8Array([0, 0, 0xfe, 0xff]), utf32(text, false))],
  ])("%s reads as the UTF-8 file: same report, same findings", async (_name, encode) => {
    expect(original.report).toBeDefined();
    const read = await readReportFile(save("2019年报.txt", encode()));
    expect(read).toMatchObject({ ok: true, report: original.report, findings: original.findings });
  });

  it("a page saved in GBK without a charset line reads as the same page in UTF-8", async () => {
    // Saved without its charset line; GBK has no EN SPACE, so a GBK page writes it as a character reference.
    const page = reportPage(readReportText(text).report!)
      .replace('<meta charset="utf-8">', "")
      .replace(/\u2002/g, "&#8194;");
    expect(page).not.toMatch(/charset/i);
    const utf8 = await readReportFile(save("utf8.html", page));
    const gbk = await readReportFile(save("gbk.html", encodeGb18030(page)));
    expect(utf8).toMatchObject({ ok: true });
    expect(gbk).toEqual({ ...utf8, file: gbk.file });
  });
});

describe("report JSON in the encodings editors save", () => {
  const report = zeroReport("2021", 2024, "某县某局");
  const json = JSON.stringify(toReportJson(report), null, 2);

  it.each([
    ["UTF-8 with a byte order mark", concat(UTF8_BOM, new TextEncoder().encode(json))],
    ["UTF-16 LE", encodeUtf16(json, "le")],
    ["UTF-16 BE", encodeUtf16(json, "be")],
  ])("%s is read", async (_name, bytes) => {
    await expect(readReportFile(save("2024.json", bytes))).resolves.toMatchObject({ ok: true, report });
  });

  it("says the line and column of a syntax error", async () => {
    const broken = json.replace('"format": "2021"', '"format": 2021x');
    const read = await readReportFile(save("broken.json", broken));
    expect(read).toMatchObject({ ok: false, errors: ["不是有效的 JSON 文件（第 3 行第 17 列附近有误）"] });
  });
});

describe("decodeText", () => {
  it("keeps valid UTF-8 as UTF-8 even where the bytes would also be GB18030", () => {
    // “中文” in UTF-8 is also a valid (wrong) GB18030 sequence: UTF-8 must win.
    expect(decodeText(new TextEncoder().encode("中文报告"))).toBe("中文报告");
  });

  it("follows a page's declared GBK charset even when the bytes happen to be valid UTF-8", () => {
    expect(decodeText(encodeGb18030("中文"), "GBK")).toBe("中文");
  });
});

describe("files that mix encodings or hold a bad byte (issue 20, points 7 and 10)", () => {
  const original = readReportText(text);
  const [title, ...rest] = text.split("\n");
  const utf8 = (value: string) => new TextEncoder().encode(value);

  it("reads a GBK file whose title line is UTF-8, body name and all, with a note", async () => {
    const read = await readReportFile(save("混合.txt", concat(utf8(`${title}\n`), encodeGb18030(rest.join("\n")))));
    expect(read).toMatchObject({ ok: true, report: original.report });
    expect(read.ok && read.notes).toEqual([expect.stringContaining("文件混用了两种编码")]);
  });

  it.each([
    ["a stray GBK byte", [0xb0]],
    ["a stray CP1252 quote", [0x93]],
  ])("reads a UTF-8 file with %s, losing that character only", async (_name, bad) => {
    const at = text.indexOf("一、总体情况");
    const bytes = concat(utf8(text.slice(0, at)), new Uint8Array(bad), utf8(text.slice(at)));
    const read = await readReportFile(save("坏字节.txt", bytes));
    expect(read).toMatchObject({ ok: true, report: original.report });
    expect(read.ok && read.notes).toEqual([expect.stringContaining("1 处无法识别的字节")]);
  });

  it("believes the bytes when a page's meta charset lies (UTF-8 declared as GBK)", () => {
    expect(decodeText(utf8("<meta charset=gbk>某区某局2019年报告"), "gbk")).toBe(
      "<meta charset=gbk>某区某局2019年报告",
    );
  });
});
