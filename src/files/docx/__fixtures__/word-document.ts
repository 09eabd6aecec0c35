import JSZip from "jszip";
import { formats, reportTitle, type Report } from "../../../domain";
import { printedTables, type PrintedTable } from "../../report-tables";

// A Word document written by hand, as another office's Word saves one: every merged place is an explicit cell
// (w:gridSpan across, w:vMerge down with a continuing cell in each row it covers), header words split across
// paragraphs, and the whole report inside a one-cell layout table. `figure` writes each figure cell's runs, so a
// test can add a hidden run or a tracked deletion.

const escape = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const run = (text: string): string => `<w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
export const paragraph = (runs: string): string => `<w:p>${runs}</w:p>`;
export const textParagraph = (text: string): string => paragraph(run(text));

/** A header's words as Word wraps them when typed with Enter: two characters per paragraph. */
const splitWords = (text: string): string =>
  (text.match(/.{1,2}/gu) ?? [""]).map((part) => textParagraph(part)).join("");

function cellXml(content: string, gridSpan: number, vMerge?: "restart" | "continue"): string {
  const span = gridSpan > 1 ? `<w:gridSpan w:val="${gridSpan}"/>` : "";
  const merge = vMerge === "restart" ? '<w:vMerge w:val="restart"/>' : vMerge === "continue" ? "<w:vMerge/>" : "";
  return `<w:tc><w:tcPr>${span}${merge}</w:tcPr>${content}</w:tc>`;
}

/** A table as Word writes it: every place of the grid is a cell or inside one. */
function tableXml(table: PrintedTable, figure: (text: string) => string): string {
  const columns = table.columnWidths.length;
  const continuing = new Map<number, { rows: number; colSpan: number }>();
  const rows = table.rows.map((cells) => {
    const queue = [...cells];
    const out: string[] = [];
    for (let col = 0; col < columns;) {
      const merge = continuing.get(col);
      if (merge && merge.rows > 0) {
        out.push(cellXml(paragraph(""), merge.colSpan, "continue"));
        merge.rows--;
        col += merge.colSpan;
        continue;
      }
      const cell = queue.shift();
      if (!cell) break;
      const content = cell.role === "figure" ? paragraph(figure(cell.text)) : splitWords(cell.text);
      if (cell.rowSpan > 1) continuing.set(col, { rows: cell.rowSpan - 1, colSpan: cell.colSpan });
      out.push(cellXml(content, cell.colSpan, cell.rowSpan > 1 ? "restart" : undefined));
      col += cell.colSpan;
    }
    return `<w:tr>${out.join("")}</w:tr>`;
  });
  const grid = table.columnWidths.map((width) => `<w:gridCol w:w="${width * 100}"/>`).join("");
  return `<w:tbl><w:tblGrid>${grid}</w:tblGrid>${rows.join("")}</w:tbl>`;
}

/** The body of a report's document: title, the six parts in order, each table after its heading. */
export function reportBody(report: Report, figure: (text: string) => string = run): string {
  const format = formats[report.format];
  const tables = printedTables(report);
  const parts = [
    ...format.text.map((s) => ({ title: s.title, key: s.key })),
    ...tables.map((t) => ({ title: t.title, table: t })),
  ];
  parts.sort((a, b) => "一二三四五六".indexOf(a.title.charAt(0)) - "一二三四五六".indexOf(b.title.charAt(0)));
  const xml = parts.map((part) =>
    "table" in part
      ? textParagraph(part.title) +
        (part.table.caption ? textParagraph(part.table.caption) : "") +
        tableXml(part.table, figure)
      : textParagraph(part.title) + textParagraph(report.text[part.key] ?? ""),
  );
  return textParagraph(reportTitle(report.body, report.year)) + xml.join("");
}

/** The body inside a one-cell table, as some offices lay out a whole document. */
export const inLayoutTable = (body: string): string =>
  `<w:tbl><w:tr>${cellXml(body + paragraph(""), 1)}</w:tr></w:tbl>`;

/** A .docx file holding `body`: the three parts Word needs to open it. */
export async function wordFile(body: string): Promise<Uint8Array<ArrayBuffer>> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}<w:sectPr/></w:body></w:document>`,
  );
  return new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}
