import JSZip from "jszip";

// Word reports as offices format their tables: the same document with a table's ruling lines removed ("nil") or
// drawn double, for the PDF tests that print them with LibreOffice.

/** The Word file with the borders of its `table`-th table (0: 二, 1: 三, 2: 四, or every one) restyled. */
export async function restyled(docx: Buffer, style: "nil" | "double", table?: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file("word/document.xml")!.async("string");
  let n = 0;
  const changed = xml.replace(/<w:tblBorders>.*?<\/w:tblBorders>/g, (borders) =>
    table === undefined || n++ === table ? borders.replaceAll('w:val="single"', `w:val="${style}"`) : borders,
  );
  zip.file("word/document.xml", changed);
  return zip.generateAsync({ type: "nodebuffer" });
}
