import JSZip from "jszip";
import { zeroReport, type Report } from "../../domain";
import { reportBody, wordFile } from "./__fixtures__/word-document";
import { MAX_CELLS } from "./docx-blocks";
import { readDocxReport } from "./read-docx";

// Issue 20, points 5, 6, 10 and 11: Word documents as other programs save them (another namespace prefix, UTF-16
// parts), a text box anchored in a figure's cell, password-protected files, and documents far larger than a report.

function report(): Report {
  const made = zeroReport("2021", 2023, "某县某局");
  made.tables.disclosure["rules.issued"] = 4;
  made.text = { overview: "本年度概况。", problems: "2024年将继续改进。", other: "本年度未收取信息处理费。" };
  return made;
}

/** The document of `body` with its document.xml changed (text in, bytes out). */
async function withDocumentXml(body: string, change: (xml: string) => Uint8Array | string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await wordFile(body));
  const xml = await zip.file("word/document.xml")!.async("string");
  zip.file("word/document.xml", change(xml));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const utf16le = (text: string): Uint8Array => new Uint8Array(Buffer.from(`\ufeff${text}`, "utf16le"));

describe("Word documents as other programs write them", () => {
  it("reads a document whose Word namespace has another prefix (ns0:) or is the default one", async () => {
    for (const prefix of ["ns0:", ""]) {
      const bytes = await withDocumentXml(reportBody(report()), (xml) =>
        xml
          .replace(/<(\/?)w:/g, `<$1${prefix}`)
          .replace(/ w:/g, ` ${prefix}`)
          .replace(`xmlns:${prefix === "" ? "w" : "w"}=`, prefix === "" ? "xmlns=" : `xmlns:${prefix.slice(0, -1)}=`),
      );
      const read = readDocxReport(bytes);
      expect({ prefix, ok: read.ok, rules: read.ok && read.report.tables.disclosure["rules.issued"] }).toEqual({
        prefix,
        ok: true,
        rules: 4,
      });
    }
  });

  it("reads a document.xml saved in UTF-16", async () => {
    const bytes = await withDocumentXml(reportBody(report()), (xml) =>
      utf16le(xml.replace('encoding="UTF-8"', 'encoding="UTF-16"')),
    );
    const read = readDocxReport(bytes);
    expect(read.ok && read.report.tables.disclosure["rules.issued"]).toBe(4);
  });
});

describe("what a cell shows, not what a drawing on it holds", () => {
  const textBox = (text: string) =>
    `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="urn:wp"><a:graphic xmlns:a="urn:a"><wps:txbx xmlns:wps="urn:wps"><w:txbxContent><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:txbxContent></wps:txbx></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;

  it.each(["1", "注1"])("reads 4 where a text box “%s” is anchored in the cell, with a note", async (box) => {
    const figure = (text: string) =>
      text === "4" ? `${textBox(box)}<w:r><w:t>4</w:t></w:r>` : `<w:r><w:t>${text}</w:t></w:r>`;
    const read = readDocxReport(await wordFile(reportBody(report(), figure)));
    expect(read.ok && read.report.tables.disclosure["rules.issued"]).toBe(4);
    expect(read.ok && read.notes).toEqual([expect.stringContaining(`显示“4”的单元格上的文本框“${box}”`)]);
  });
});

describe("files refused with their real reason", () => {
  /** The first bytes of an OLE compound file, with the directory entry an encrypted Office file has. */
  const compound = (streams: string[]): Uint8Array => {
    const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const names = streams.map((name) => Buffer.from(name, "utf16le"));
    return new Uint8Array(Buffer.concat([Buffer.from(header), Buffer.alloc(504), ...names, Buffer.alloc(512)]));
  };

  it("names a password-protected document as such, and an old .doc renamed as one", () => {
    expect(readDocxReport(compound(["EncryptionInfo", "EncryptedPackage"]))).toEqual({
      ok: false,
      errors: [expect.stringContaining("设有打开密码")],
    });
    expect(readDocxReport(compound(["WordDocument"]))).toEqual({
      ok: false,
      errors: [expect.stringContaining("旧版 Word/WPS 文档")],
    });
  });

  it("refuses a document of a million table cells at once, naming the bound", async () => {
    const row = `<w:tr>${"<w:tc><w:p/></w:tc>".repeat(1000)}</w:tr>`;
    const bytes = await wordFile(`<w:tbl>${row.repeat(1000)}</w:tbl>`);
    const used = process.memoryUsage().heapUsed;
    const read = readDocxReport(bytes);
    expect(read).toEqual({
      ok: false,
      errors: [expect.stringContaining(`超过 ${MAX_CELLS.toLocaleString("en-US")} 个`)],
    });
    expect(process.memoryUsage().heapUsed - used).toBeLessThan(200 * 1024 * 1024);
  });
});
