import { strFromU8, unzipSync } from "fflate";
import { consistentReport, cycle } from "../../src/domain/__fixtures__/consistent-report";
import { readWorkbook } from "../../src/files/xlsx/read-workbook";
import { writeReportWorkbook } from "../../src/files/xlsx/write-template";
import { handMadeWorkbook } from "./hand-made";
import { editSheets, withoutPositions } from "./rewrite-sheet";

// Workbooks whose rows and cells carry no r= (the position is optional in the file format, and some programs that
// write .xlsx leave it out): each cell is where its order puts it, so the report reads as it would with positions.

it("reads the template's report by its names when no row or cell says where it is", async () => {
  const report = {
    ...consistentReport("2021", 2025, cycle(3, 7)),
    text: { overview: "本年度，我局认真贯彻落实《条例》。" },
  };
  const written = await writeReportWorkbook(report);
  const rewritten = editSheets(written, withoutPositions);
  const sheetData = strFromU8(unzipSync(rewritten)["xl/worksheets/sheet1.xml"]!).split(/<\/?sheetData>/)[1]!;
  expect(sheetData).toMatch(/^<row[ >]/);
  expect(sheetData).not.toMatch(/\sr="/);
  const { reports, problems } = await readWorkbook(rewritten);
  expect(problems).toEqual([]);
  expect(reports).toEqual([{ sheet: "2025年报表", foundBy: "names", report, findings: [] }]);
});

it("reads a hand-made report by its labels when no row or cell says where it is", async () => {
  const report = consistentReport("2019", 2019, cycle(3, 7));
  const values = Object.fromEntries(
    Object.entries(report.tables).flatMap(([table, cells]) =>
      Object.entries(cells).map(([key, value]) => [`${table}:${key}`, value] as const),
    ),
  );
  const buffer = await handMadeWorkbook({
    format: "2019",
    title: "某县某局2019年政府信息公开工作年度报告",
    values,
    offset: { rows: 2, cols: 3 },
  });
  const { reports, problems } = await readWorkbook(editSheets(buffer, withoutPositions));
  expect(problems).toEqual([]);
  expect(reports).toHaveLength(1);
  expect(reports[0]).toMatchObject({ foundBy: "labels", findings: [], report: { year: 2019, body: "某县某局" } });
  expect(reports[0]!.report.tables).toEqual(report.tables);
});
