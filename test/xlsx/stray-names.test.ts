import { consistentReport, cycle } from "../../src/domain/__fixtures__/consistent-report";
import type { Report } from "../../src/domain";
import { readWorkbook } from "../../src/files/xlsx/read-workbook";
import { readXlsxReport } from "../../src/files/xlsx/read-xlsx-report";
import { writeReportWorkbook } from "../../src/files/xlsx/write-template";
import type { Typed } from "./fill-workbook";
import { handMadeWorkbook } from "./hand-made";
import { patchPart } from "./patch-xlsx";

// Say it, never swallow it: names that do not hold a whole report must not hide a sheet's labels (and with them
// its errors), and a figure past what a number holds exactly is passed on as written, for the checker to flag.

const report = consistentReport("2021", 2024, cycle(3, 7));
const typed: Record<string, Typed> = {};
for (const [table, values] of Object.entries(report.tables)) {
  for (const [key, value] of Object.entries(values)) typed[`${table}:${key}`] = value;
}
typed["appeals:review.upheld"] = "十二";

/** Defined names written into a workbook's XML, as a person's copy-and-paste or a deletion leaves them. */
const withNames = (buffer: Uint8Array, names: [string, string][]): Buffer =>
  patchPart(buffer, "xl/workbook.xml", (xml) => {
    const list = names.map(([name, formula]) => `<definedName name="${name}">${formula}</definedName>`).join("");
    return xml.replace("</sheets>", `</sheets><definedNames>${list}</definedNames>`);
  });

describe("a hand-made workbook carrying stray nb_ names", () => {
  it.each([
    ["one stray name", [["nb_2024_disclosure_rules.issued", "Sheet1!$C$8"]]],
    ["a broken name", [["nb_2024_applications_newReceived.total", "#REF!"]]],
    [
      "names of another year and an unknown cell",
      [
        ["nb_2023_disclosure_rules.issued", "Sheet1!$C$8"],
        ["nb_2024_disclosure_noSuchRow.issued", "Sheet1!$D$9"],
      ],
    ],
  ] as const)("is read by its labels despite %s, errors included, with a note", async (_, names) => {
    const handMade = await handMadeWorkbook({
      format: "2021",
      title: "某县某局2024年政府信息公开工作年度报告",
      values: typed,
      offset: { rows: 1, cols: 1 },
    });
    const { reports, problems } = await readWorkbook(
      withNames(
        handMade,
        names.map(([n, f]) => [n, f]),
      ),
    );
    expect(problems).toEqual([]);
    const [read] = reports;
    expect(read).toMatchObject({ foundBy: "labels", sheet: "Sheet1" });
    expect(read!.report.tables.applications).toEqual(report.tables.applications);
    expect(read!.findings).toMatchObject([{ code: "cell.notNumber", quote: "十二" }]);
    // One note per year of names set aside.
    expect(read!.notes?.length).toBe(new Set(names.map(([name]) => name.slice(3, 7))).size);
    for (const note of read!.notes ?? []) {
      expect(note).toMatch(/^工作簿中的“nb_”名称不完整（只定位到 \d+\/\d+ 个表格单元格.*已改按表格栏目读取$/);
    }
  });
});

describe("a template some of whose names were broken by deleting cells", () => {
  const full: Report = consistentReport("2021", 2025, cycle(3, 7));
  const breakNames = (buffer: Uint8Array) =>
    patchPart(buffer, "xl/workbook.xml", (xml) =>
      xml.replace(/(<definedName name="nb_2025_appeals_review\.[a-z]+">)[^<]*/g, "$1#REF!"),
    );

  it("is read by its labels, every figure found, with a note", async () => {
    const file = await readXlsxReport("删了行.xlsx", breakNames(await writeReportWorkbook(full)));
    expect(file).toMatchObject({ ok: true, report: { tables: full.tables } });
    expect(file.ok && file.notes).toEqual([expect.stringContaining("已改按表格栏目读取")]);
  });

  it("when its labels cannot stand in either, reads what the names find and lists the rest as unread", async () => {
    const buffer = patchPart(breakNames(await writeReportWorkbook(full)), "xl/sharedStrings.xml", (xml) =>
      xml.replace("四、政府信息公开行政复议、行政诉讼情况", "四、复议诉讼"),
    );
    const file = await readXlsxReport("删了行.xlsx", buffer);
    expect(file).toMatchObject({ ok: true, report: { tables: { applications: full.tables.applications } } });
    expect(file.ok && file.unread?.map((ref) => ref.key).sort()).toEqual(
      ["review.corrected", "review.other", "review.pending", "review.total", "review.upheld"].sort(),
    );
    expect(file.ok && file.notes).toContainEqual(expect.stringContaining("其余单元格未读取，相关校验未进行"));
  });
});

describe("a figure past 2^53", () => {
  it("reaches the checker as written, so it is flagged instead of rounded", async () => {
    const buffer = patchPart(await writeReportWorkbook(report), "xl/worksheets/sheet1.xml", (xml) =>
      xml.replace(/(<c r="D5"[^>]*>)<v>[^<]*<\/v>/, "$1<v>9007199254740993</v>"),
    );
    const { reports } = await readWorkbook(buffer);
    expect(reports[0]?.findings).toContainEqual(
      expect.objectContaining({
        code: "cell.tooLarge",
        quote: "9007199254740993",
        cells: [{ table: "disclosure", key: "rules.issued" }],
      }),
    );
  });
});
