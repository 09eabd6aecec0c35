import { strFromU8, unzipSync } from "fflate";
import { consistentReport, cycle } from "../../src/domain/__fixtures__/consistent-report";
import { readWorkbook } from "../../src/files/xlsx/read-workbook";
import { CHUNK } from "../../src/files/xlsx/walk-xml";
import { handMadeWorkbook } from "./hand-made";
import { editSheets, inlineStrings } from "./rewrite-sheet";

// A worksheet part over 1 MiB is decoded a chunk at a time: a Chinese character (three bytes in UTF-8) whose bytes
// fall on both sides of a chunk's end must still come out whole. Here the sheet holds its text inline (as some
// programs write it), under a long 填报说明 that pushes the report's title onto a chunk boundary.

const TITLE = "某县某局2019年政府信息公开工作年度报告";
const NOTE = "填报说明：本表数据统计时限为上年度一月一日至十二月三十一日，数量单位为件。";

/** Rows 1 and 2 of notes, about `bytes` of text in cells of at most 30,000 characters, then `spaces` spaces. */
function notesRows(bytes: number, spaces: number): string {
  const text = NOTE.repeat(Math.ceil(bytes / Buffer.byteLength(NOTE))).slice(0, Math.floor(bytes / 3));
  const cells = Array.from({ length: Math.ceil(text.length / 30_000) }, (_, i) =>
    text.slice(i * 30_000, (i + 1) * 30_000),
  );
  const row = (r: number, texts: string[]) =>
    `<row r="${r}">${texts.map((t, i) => `<c r="${String.fromCharCode(65 + i)}${r}" t="inlineStr"><is><t>${t}</t></is></c>`).join("")}</row>`;
  const half = Math.ceil(cells.length / 2);
  return row(1, cells.slice(0, half)) + row(2, cells.slice(half)) + " ".repeat(spaces);
}

/** The sheet with the notes above the report, sized so that the chunk boundary falls `into` bytes inside 局. */
function withNotes(xml: string, strings: readonly string[], into: 1 | 2): string {
  const inline = inlineStrings(xml, strings);
  const place = (spaces: number) => inline.replace("<sheetData>", `<sheetData>${notesRows(CHUNK - 20_000, spaces)}`);
  const unpadded = place(0);
  const ju = Buffer.byteLength(unpadded.slice(0, unpadded.indexOf(TITLE) + TITLE.indexOf("局")));
  return place(CHUNK - into - ju);
}

it.each([1, 2] as const)(
  "reads a report whose title straddles the 1 MiB chunk boundary %i byte(s) into a character",
  async (into) => {
    const report = consistentReport("2019", 2019, cycle(3, 7));
    const values = Object.fromEntries(
      Object.entries(report.tables).flatMap(([table, cells]) =>
        Object.entries(cells).map(([key, value]) => [`${table}:${key}`, value] as const),
      ),
    );
    const buffer = await handMadeWorkbook({ format: "2019", title: TITLE, values, offset: { rows: 2, cols: 1 } });
    const big = editSheets(buffer, (xml, strings) => withNotes(xml, strings, into));
    const part = unzipSync(big)["xl/worksheets/sheet1.xml"]!;
    // The part is over a chunk, and the chunk ends inside 局, the title's 4th character.
    expect(part.length).toBeGreaterThan(CHUNK);
    const titleAt = Buffer.from(part).indexOf(Buffer.from(TITLE));
    expect(CHUNK - titleAt - Buffer.byteLength("某县某")).toBe(into);
    expect(strFromU8(part)).not.toContain('t="s"');

    const { reports, problems } = await readWorkbook(big);
    expect(problems).toEqual([]);
    expect(reports).toHaveLength(1);
    expect(reports[0]!.report).toMatchObject({ format: "2019", year: 2019, body: "某县某局" });
    expect(reports[0]!.report.tables).toEqual(report.tables);
  },
);
