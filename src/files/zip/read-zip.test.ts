import JSZip from "jszip";
import { readZipEntries } from "./read-zip";

const zipOf = async (files: Record<string, string | Uint8Array>): Promise<Uint8Array> => {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
};

describe("readZipEntries", () => {
  it("inflates only the entries asked for and lists every name", async () => {
    const bytes = await zipOf({ "xl/workbook.xml": "<workbook/>", "xl/media/a.png": "png" });
    const read = readZipEntries(bytes, (name) => name.endsWith(".xml"));
    expect(read.ok && new TextDecoder().decode(read.files.get("xl/workbook.xml"))).toBe("<workbook/>");
    expect(read.ok && [...read.files.keys()]).toEqual(["xl/workbook.xml"]);
    expect(read.ok && read.names).toEqual(["xl/workbook.xml", "xl/media/a.png"]);
  });

  it("refuses an entry that inflates past the limit, without inflating it all", async () => {
    const bytes = await zipOf({ "word/document.xml": new Uint8Array(20 * 1024 * 1024) });
    const read = readZipEntries(bytes, () => true, { maxEntries: 10, maxEntryBytes: 1024 * 1024, maxTotalBytes: 1e9 });
    expect(!read.ok && read.problem.code).toBe("zip.tooLarge");
  });

  it("refuses an archive that lists too many entries, and bytes that are no archive", async () => {
    const many = await zipOf(Object.fromEntries(Array.from({ length: 30 }, (_, n) => [`f${n}`, "x"])));
    expect(readZipEntries(many, () => true, { maxEntries: 20, maxEntryBytes: 1e6, maxTotalBytes: 1e6 })).toEqual({
      ok: false,
      problem: { code: "zip.tooManyEntries", entries: 30, limit: 20 },
    });
    expect(readZipEntries(new TextEncoder().encode("not a zip"), () => true)).toEqual({
      ok: false,
      problem: { code: "zip.notZip" },
    });
  });

  it("refuses an entry whose declared size is a lie", async () => {
    const bytes = await zipOf({ "a.xml": "x".repeat(5000) });
    const view = new DataView(bytes.buffer);
    // The central directory's uncompressed size of the only entry: say 10 bytes.
    for (let at = bytes.length - 22; at >= 0; at--) {
      if (view.getUint32(at, true) === 0x02014b50) {
        view.setUint32(at + 24, 10, true);
        break;
      }
    }
    expect(readZipEntries(bytes, () => true)).toEqual({
      ok: false,
      problem: { code: "zip.sizeMismatch", entry: "a.xml" },
    });
  });
});
