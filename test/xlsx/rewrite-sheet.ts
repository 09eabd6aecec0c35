import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

// Worksheet parts rewritten as other programs write them: text inline in the cells instead of in the shared strings,
// rows and cells without their positions. exceljs writes neither form, so the tests rewrite what it wrote.

/** Every part of a package, its worksheets' XML passed through `edit`. */
export function editSheets(buffer: Uint8Array, edit: (xml: string, strings: string[]) => string): Buffer {
  const files = unzipSync(buffer);
  const shared = files["xl/sharedStrings.xml"];
  // Each shared string's XML (one <t> or rich-text runs), escaped as written.
  const strings = shared ? [...strFromU8(shared).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1] ?? "") : [];
  for (const path of Object.keys(files)) {
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(path)) files[path] = strToU8(edit(strFromU8(files[path]!), strings));
  }
  return Buffer.from(zipSync(files, { level: 1 }));
}

/** Cells of shared strings (t="s") rewritten with their text inline (t="inlineStr"), as some generators write. */
export const inlineStrings = (xml: string, strings: readonly string[]): string =>
  xml.replace(
    /<c\b([^>]*?)\st="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
    (_, before: string, after: string, index: string) =>
      `<c${before} t="inlineStr"${after}><is>${strings[Number(index)] ?? ""}</is></c>`,
  );

const columnNumber = (letters: string): number => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

/**
 * The sheet's rows and cells written without `r=`, as programs that write every row and cell in order do: an empty
 * <row/> for each row that holds nothing and an empty <c/> for each gap, so that the order alone says where each
 * cell is.
 */
export function withoutPositions(xml: string): string {
  return xml.replace(/<sheetData>([\s\S]*?)<\/sheetData>/, (_, data: string) => {
    let rows = "";
    let nextRow = 1;
    for (const [, rowAttributes = "", cells = ""] of data.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
      const number = Number(/\sr="(\d+)"/.exec(rowAttributes)?.[1]);
      for (; nextRow < number; nextRow++) rows += "<row/>";
      nextRow = number + 1;
      let row = "";
      let nextCol = 1;
      for (const [cell = "", address = ""] of cells.matchAll(
        /<c\b[^>]*?\sr="([A-Z]+)\d+"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g,
      )) {
        const col = columnNumber(address);
        for (; nextCol < col; nextCol++) row += "<c/>";
        nextCol = col + 1;
        row += cell.replace(/\sr="[A-Z]+\d+"/, "");
      }
      rows += `<row${rowAttributes.replace(/\s(r|spans)="[^"]*"/g, "")}>${row}</row>`;
    }
    return `<sheetData>${rows}</sheetData>`;
  });
}
