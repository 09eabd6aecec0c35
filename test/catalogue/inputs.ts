import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync } from "fflate";
import JSZip from "jszip";
import { toReportJson, zeroReport, type Report } from "../../src/domain";
import { reportPage } from "../../src/files/html/__fixtures__/report-page";
import { writeReportWorkbook } from "../../src/files/xlsx/write-template";
import { readFixture } from "../helpers/fixture";

// Broken and hostile inputs for the catalogue test, made when a row asks for them (never stored as large files).

export const workDir = mkdtempSync(join(tmpdir(), "nianbao-catalogue-"));
let counter = 0;

/** A new file of the catalogue's own, with a unique name so rows never see each other's files. */
export function file(name: string, content: string | Uint8Array = ""): string {
  counter += 1;
  const dir = join(workDir, String(counter));
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** A new empty folder, filled by `fill` with paths relative to it. */
export function folder(fill: (at: (name: string) => string) => void): string {
  counter += 1;
  const dir = join(workDir, String(counter));
  mkdirSync(dir, { recursive: true });
  fill((name) => join(dir, name));
  return dir;
}

/** A path in a new empty folder of its own, where a row writes its output or makes a FIFO or a link. */
export const inNewFolder = (name: string): string =>
  join(
    folder(() => undefined),
    name,
  );

/** A file as large as asked on paper, holding nothing on disk (sparse). */
export function sparse(name: string, bytes: number): string {
  const path = file(name);
  truncateSync(path, bytes);
  return path;
}

export const fifo = (path: string): void => void execFileSync("mkfifo", [path]);
export const link = (target: string, path: string): void => symlinkSync(target, path);

/** A consistent 2021-format report of 2023 with its prose written: nothing to report. */
export function goodReport(body = "某市某局", year = 2023): Report {
  const report = zeroReport(year >= 2021 ? "2021" : "2019", year, body);
  report.text = { overview: "本年度概况。", problems: `${year + 1}年将继续改进。`, other: "本年度未收取信息处理费。" };
  return report;
}

/** A good report with 一、本年新收 · 自然人 set to 2 and its totals left at 0: the row total and the balance fail. */
export function brokenReport(): Report {
  const report = goodReport();
  report.tables.applications["newReceived.natural"] = 2;
  return report;
}

export const reportJson = (report: Report = goodReport()): string => JSON.stringify(toReportJson(report));
export const page = (report: Report = goodReport()): string => reportPage(report);

/** The published report with a paragraph added at the start of section 一. */
export function withOverview(prose: string): string {
  return readFixture().replace("一、总体情况\n", `一、总体情况\n${prose}\n`);
}

/** The published report with a paragraph added to section 五. */
export function withProblems(prose: string): string {
  return readFixture().replace("五、存在的主要问题及改进情况\n", `五、存在的主要问题及改进情况\n${prose}\n`);
}

/** A saved page with the content nested `depth` times in `open`…`close`. */
export const nested = (open: string, close: string, depth: number, inner = "1"): string =>
  `<html><body>${open.repeat(depth)}${inner}${close.repeat(depth)}</body></html>`;

/** The template workbook of a good report, changed part by part (XML text in, XML text out). */
export async function workbook(
  change: { sheet?: (xml: string) => string; workbook?: (xml: string) => string } = {},
  report: Report = goodReport(),
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await writeReportWorkbook(report));
  const edit = async (part: string, fn?: (xml: string) => string) => {
    if (fn) zip.file(part, fn(await zip.file(part)!.async("string")));
  };
  await edit("xl/worksheets/sheet1.xml", change.sheet);
  await edit("xl/workbook.xml", change.workbook);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The sheet with cell D5 (二 · 规章 · 本年制发件数) replaced by a cell of our own. */
export const cellD5 = (cellXml: string) => (xml: string) => xml.replace(/<c r="D5"[^>]*?(\/>|>.*?<\/c>)/, cellXml);

/** The sheet with an extra merge of cells. */
export const addMerge = (ref: string) => (xml: string) =>
  xml.replace(
    /<mergeCells count="(\d+)">/,
    (_m, n: string) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="${ref}"/>`,
  );

/** Rows of formula cells below the report, in column A from row 100: `formula(n)` for the n-th. */
export const formulaRows = (count: number, formula: (n: number) => string) => (xml: string) => {
  const rows = Array.from(
    { length: count },
    (_, n) => `<row r="${100 + n}"><c r="A${100 + n}"><f>${formula(n)}</f></c></row>`,
  ).join("");
  return xml.replace("</sheetData>", `${rows}</sheetData>`);
};

/** A zip of the given parts (for .xlsx and .docx that are not what they say). */
export async function zipOf(parts: Record<string, string | Uint8Array>, level = 6): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level } });
}

/**
 * The zip with every entry's uncompressed size declared as `size` (local and central headers), as a zip bomb or a
 * lying archive would: the reader must check the declared sizes before inflating, and the actual ones while it does.
 */
export function declaringSize(zip: Buffer, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let at = 0; at + 46 <= out.length; at++) {
    const signature = out.readUInt32LE(at);
    if (signature === 0x04034b50) out.writeUInt32LE(size, at + 22);
    else if (signature === 0x02014b50) out.writeUInt32LE(size, at + 24);
  }
  return out;
}

/** A zip of one entry inflating to `bytes` zeros, compressed fast (fflate, level 1). */
export function zerosZip(entry: string, bytes: number): Buffer {
  return Buffer.from(zipSync({ [entry]: [new Uint8Array(bytes), { level: 1 }] }));
}

/** A Word document whose body is the given XML (inside w:body). */
export const docx = (body: string): Promise<Buffer> =>
  zipOf({
    "[Content_Types].xml":
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "_rels/.rels":
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    "word/document.xml": `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  });

/** A one-page PDF with the given content stream (text drawn with Helvetica), offsets computed. */
export function pdf(content: string, extra = ""): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets = objects.map((object, i) => {
    const offset = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${extra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/** A zip of `count` empty entries (built fast with fflate). */
export const manyEntries = (count: number): Buffer =>
  Buffer.from(zipSync(Object.fromEntries(Array.from({ length: count }, (_, i) => [`x/${i}`, new Uint8Array(0)]))));
