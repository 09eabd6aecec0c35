import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { CellRef } from "../../src/domain";
import { writeTemplate } from "../../src/files/xlsx/write-template";
import { loadWorkbook, namedCells } from "./fill-workbook";

// Workbooks edited at the XML level, as a hostile or broken file would be: what exceljs would refuse to write, or
// would take minutes to (a hundred thousand formulas), written straight into the package.

/** The package with one part's text changed. */
export function patchPart(buffer: Uint8Array, path: string, edit: (xml: string) => string): Buffer {
  const files = unzipSync(buffer);
  const part = files[path];
  if (!part) throw new Error(`no ${path} in the package`);
  files[path] = strToU8(edit(strFromU8(part)));
  return Buffer.from(zipSync(files, { level: 1 }));
}

/** Rows of raw cells appended to a sheet's data (rows after the template's own). */
export const appendRows = (xml: string, rows: string): string => xml.replace("</sheetData>", `${rows}</sheetData>`);

/** A merged block added to a sheet. */
export const addMerge = (xml: string, ref: string): string =>
  xml.includes("<mergeCells")
    ? xml.replace(/<mergeCells count="\d+">/, (open) => `${open}<mergeCell ref="${ref}"/>`)
    : xml.replace("</sheetData>", `</sheetData><mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`);

/** The 2025 template with a figure cell holding a formula and no result, as a file saved without calculating. */
export async function templateWithFormula(ref: CellRef, formula: string): Promise<Buffer> {
  const workbook = await loadWorkbook(await writeTemplate({ year: 2025, body: "某局" }));
  const cell = namedCells(workbook).find((c) => c.ref.table === ref.table && c.ref.key === ref.key)!.cell;
  cell.value = { formula, date1904: false };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The package with an entry's uncompressed size, as its central directory declares it, changed to `size`. */
export function declareSize(buffer: Uint8Array, path: string, size: number): Buffer {
  const bytes = Buffer.from(buffer);
  const name = Buffer.from(path);
  // Central directory entries start with PK\x01\x02; the name follows 46 bytes in, the size sits 24 bytes in.
  for (let at = bytes.indexOf("PK\x01\x02"); at >= 0; at = bytes.indexOf("PK\x01\x02", at + 4)) {
    const nameLength = bytes.readUInt16LE(at + 28);
    if (bytes.subarray(at + 46, at + 46 + nameLength).equals(name)) {
      bytes.writeUInt32LE(size, at + 24);
      return bytes;
    }
  }
  throw new Error(`no ${path} in the central directory`);
}
