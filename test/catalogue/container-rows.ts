import {
  addMerge,
  brokenReport,
  cellD5,
  declaringSize,
  docx,
  file,
  formulaRows,
  manyEntries,
  pdf,
  workbook,
  zerosZip,
  zipOf,
} from "./inputs";
import { check, type Row, MB } from "./row";

// The catalogue's container doors: .xlsx and .docx (zip archives of XML), .pdf, and the old Word formats.

const xlsx: Row[] = [
  {
    name: "xlsx: the template of a good report",
    args: async () => check(file("good.xlsx", await workbook())),
    code: 0,
    says: "未发现问题",
  },
  { name: "xlsx: not a zip", args: () => check(file("text.xlsx", "这不是 Excel 文件")), code: 2, says: "无法读取：" },
  {
    name: "xlsx: an empty zip",
    args: async () => check(file("empty.xlsx", await zipOf({}))),
    code: 2,
    says: "无法读取：",
  },
  {
    name: "xlsx: a zip without a workbook",
    args: async () => check(file("nowb.xlsx", await zipOf({ "a.txt": "x" }))),
    code: 2,
    says: "无法读取：",
  },
  {
    name: "xlsx: a truncated zip",
    args: async () => check(file("cut.xlsx", (await workbook()).subarray(0, 3000))),
    code: 2,
    says: "无法读取：",
  },
  {
    name: "xlsx: a merge over AA1:XFD1048576",
    args: async () => check(file("merge.xlsx", await workbook({ sheet: addMerge("AA1:XFD1048576") }))),
    code: 0,
    says: "共 1 个文件",
  },
  {
    // The whole sheet includes D5 itself: a circular reference, as Excel would say, found within the used area.
    name: "xlsx: =SUM(A1:XFD1048576) without a cached value",
    args: async () =>
      check(file("sum.xlsx", await workbook({ sheet: cellD5('<c r="D5"><f>SUM(A1:XFD1048576)</f></c>') }))),
    code: 1,
    says: "本年制发件数：公式循环引用",
  },
  {
    name: 'xlsx: REPT("政",400000000)',
    args: async () =>
      check(file("rept.xlsx", await workbook({ sheet: cellD5('<c r="D5"><f>REPT("政",400000000)</f></c>') }))),
    code: 1,
    says: "共 1 个文件",
  },
  {
    name: "xlsx: a chain of 20,000 formulas",
    args: async () =>
      check(
        file(
          "chain.xlsx",
          await workbook({
            sheet: (x) =>
              cellD5('<c r="D5"><f>A20099</f></c>')(formulaRows(20_000, (n) => (n === 0 ? "1" : `A${99 + n}+1`))(x)),
          }),
        ),
      ),
    code: 0,
    says: "共 1 个文件",
  },
  {
    name: "xlsx: 10,000 uncached =1+1",
    args: async () => check(file("many.xlsx", await workbook({ sheet: formulaRows(10_000, () => "1+1") }))),
    code: 0,
    says: "共 1 个文件",
  },
  {
    name: "xlsx: a zip bomb declaring 2 GB",
    args: async () => check(file("declared.xlsx", declaringSize(await workbook(), 2048 * MB))),
    code: 2,
    says: "工作簿过大",
  },
  {
    name: "xlsx: a zip bomb declaring 1 KB and inflating to 8 MB (stopped at its declared size)",
    args: () => check(file("lying.xlsx", declaringSize(zerosZip("xl/workbook.xml", 8 * MB), 1024))),
    code: 2,
    says: "压缩包中记录的大小与实际内容不符",
  },
  {
    name: "xlsx: 10,001 entries",
    args: () => check(file("entries.xlsx", manyEntries(10_001))),
    code: 2,
    says: "工作簿过大",
  },
  {
    name: "xlsx: a sheet name with a bidi override",
    args: async () =>
      check(file("bidi.xlsx", await workbook({ workbook: (x) => x.replace("2023年文字", "2023年\u202e文字") }))),
    code: 0,
    says: "共 1 个文件",
    never: "\u202e",
  },
  {
    name: "xlsx: a text figure",
    args: async () =>
      check(
        file("textcell.xlsx", await workbook({ sheet: cellD5('<c r="D5" t="inlineStr"><is><t>12件</t></is></c>') })),
      ),
    code: 0,
    says: "“12件”带有单位",
  },
  {
    name: "xlsx: a cell of 32,767 characters",
    args: async () =>
      check(
        file(
          "long.xlsx",
          await workbook({ sheet: cellD5(`<c r="D5" t="inlineStr"><is><t>${"政".repeat(32_767)}</t></is></c>`) }),
        ),
      ),
    code: 1,
    says: "“政政政",
    never: "政".repeat(1_000),
  },
  {
    name: "xlsx: one stray nb_ name in a hand-made workbook",
    args: async () =>
      check(
        file(
          "stray.xlsx",
          await workbook(
            {
              workbook: (x) =>
                x.replace(
                  /<definedNames>.*<\/definedNames>/,
                  "<definedNames><definedName name=\"nb_stray\">'2023年报表'!$A$1</definedName></definedNames>",
                ),
            },
            brokenReport(),
          ),
        ),
      ),
    code: 1,
    says: "不等于",
  },
];

const docxRows: Row[] = [
  { name: "docx: not a zip", args: () => check(file("text.docx", "这不是 Word 文件")), code: 2, says: "无法读取：" },
  {
    name: "docx: broken XML",
    args: async () => check(file("xml.docx", await docx("<w:p><w:r><w:t>未闭合"))),
    code: 2,
    says: "无法读取：",
  },
  {
    name: "docx: tables nested 5,000 deep",
    args: async () =>
      check(
        file(
          "deep.docx",
          await docx(`${"<w:tbl><w:tr><w:tc>".repeat(5_000)}${"</w:tc></w:tr></w:tbl>".repeat(5_000)}`),
        ),
      ),
    code: 2,
    says: "无法读取：",
  },
  {
    name: "docx: no tables",
    args: async () =>
      check(file("prose.docx", await docx("<w:p><w:r><w:t>某局2023年政府信息公开工作年度报告</w:t></w:r></w:p>"))),
    code: 2,
    says: "无法读取：",
  },
  {
    name: "doc: the old Word format",
    args: () => check(file("old.doc", "\xd0\xcf\x11\xe0")),
    code: 2,
    says: "另存为” .docx",
  },
  { name: "wps: a WPS document", args: () => check(file("old.wps", "x")), code: 2, says: "另存为” .docx" },
  {
    name: "docx: a zip without a document",
    args: async () => check(file("nodoc.docx", await zipOf({ "a.txt": "x" }))),
    code: 2,
    says: "不是有效的 Word 文档",
  },
  {
    name: "docx: a zip bomb declaring 2 GB",
    args: async () => check(file("bomb.docx", declaringSize(await docx("<w:p/>"), 2048 * MB))),
    code: 2,
    says: "解压后过大",
  },
];

const pdfRows: Row[] = [
  {
    name: "pdf: text but no report",
    args: () => check(file("note.pdf", pdf("BT /F1 12 Tf 72 720 Td (Notice) Tj ET"))),
    code: 2,
    says: "无法读取：",
  },
  {
    name: "pdf: truncated",
    args: () => check(file("cut.pdf", pdf("BT /F1 12 Tf 72 720 Td (Notice) Tj ET").subarray(0, 200))),
    code: 2,
    says: "无法读取：",
  },
  { name: "pdf: not a PDF", args: () => check(file("text.pdf", "这不是 PDF")), code: 2, says: "PDF 文件已损坏" },
  {
    name: "pdf: a scan (no text)",
    args: () => check(file("scan.pdf", pdf("0 0 m 100 100 l S"))),
    code: 2,
    says: "扫描件",
  },
];

export const containerRows: Row[] = [...xlsx, ...docxRows, ...pdfRows];
