import JSZip from "jszip";

// Word reports as offices reformat their tables: the same document with a table's ruling lines removed ("nil") or
// drawn double, or its columns made wider or narrower, for the PDF tests that print them with LibreOffice.

/** The Word file's document.xml changed by `change`. */
async function withDocument(docx: Buffer, change: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  zip.file("word/document.xml", change(await zip.file("word/document.xml")!.async("string")));
  return zip.generateAsync({ type: "nodebuffer" });
}

/** The Word file with the borders of its `table`-th table (0: 二, 1: 三, 2: 四, or every one) restyled. */
export async function restyled(docx: Buffer, style: "nil" | "double", table?: number): Promise<Buffer> {
  let n = 0;
  return withDocument(docx, (xml) =>
    xml.replace(/<w:tblBorders>.*?<\/w:tblBorders>/g, (borders) =>
      table === undefined || n++ === table ? borders.replaceAll('w:val="single"', `w:val="${style}"`) : borders,
    ),
  );
}

/** The Word file with the grid columns of its `table`-th table each made `change[n]` twips wider (or narrower). */
export async function regridded(docx: Buffer, table: number, change: readonly number[]): Promise<Buffer> {
  return withDocument(docx, (xml) => {
    const tables = xml.split("<w:tbl>");
    let n = 0;
    tables[table + 1] = tables[table + 1]!.replace(
      /<w:gridCol w:w="(\d+)"\/>/g,
      (_, width: string) => `<w:gridCol w:w="${Number(width) + (change[n++] ?? 0)}"/>`,
    );
    return tables.join("<w:tbl>");
  });
}
