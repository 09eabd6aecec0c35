import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readReportText, type Report } from "../../src/domain";
import { consistentReport, cycle } from "../../src/domain/__fixtures__/consistent-report";
import { readWorkbook, type WorkbookRead } from "../../src/files/xlsx/read-workbook";
import { writeTemplate } from "../../src/files/xlsx/write-template";
import { writeReportDocx } from "../../src/files/docx/write-docx";
import { readFixture } from "../helpers/fixture";
import { runCliCaptured } from "../helpers/run-cli";
import { fillTemplate, loadWorkbook, namedCells } from "./fill-workbook";
import { readWorkbookWithExceljs } from "./exceljs-reader";
import { convertWithLibreOffice } from "./libreoffice";
import { isLocked, sheetProtection } from "./xlsx-parts";

// The template proved in a second spreadsheet program: filled in with exceljs, then opened, recalculated and saved
// by LibreOffice. What comes back must read as what was typed, with totals LibreOffice worked out, and still carry
// the template's validation, protection and names. One LibreOffice run converts every file.

jest.setTimeout(180_000);

const dir = mkdtempSync(join(tmpdir(), "nianbao-xlsx-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const huancui = readReportText(readFixture()).report!;
/** Small whole numbers, the same every run: 0, 3, 1, 4, 2, 0, 3 … */
const report2021 = consistentReport("2021", 2025, cycle(3, 5));

/** 四、结转下年度继续办理 · 商业企业 set to 3: 一+二 no longer equals 三（七）+四 in that column. */
const BROKEN = { "applications:carriedOut.commercial": 3 };

const files = {
  huancui: { report: huancui, typed: {} },
  broken: { report: huancui, typed: BROKEN },
  consistent2021: { report: report2021, typed: {} },
};
type Name = keyof typeof files;
const recalculated = (name: Name): string => join(dir, "out", `${name}.xlsx`);
const reads = new Map<Name, WorkbookRead>();

beforeAll(async () => {
  const inputs: string[] = [];
  for (const [name, { report, typed }] of Object.entries(files)) {
    const template = await writeTemplate({ year: report.year, body: report.body });
    const path = join(dir, `${name}.xlsx`);
    writeFileSync(path, await fillTemplate(template, report, typed));
    inputs.push(path);
  }
  await convertWithLibreOffice(inputs, "xlsx", join(dir, "out"));
  await convertWithLibreOffice([recalculated("consistent2021")], "csv", join(dir, "csv"));
  // A report whose pasted prose holds U+FFFE, which no XML may carry: exported, then opened by LibreOffice.
  const pasted = { ...report2021, text: { overview: "本年度\uFFFE，我局认真贯彻落实\u0001《条例》。" } };
  writeFileSync(join(dir, "pasted.docx"), await writeReportDocx(pasted));
  await convertWithLibreOffice([join(dir, "pasted.docx")], "txt", join(dir, "txt"));
  for (const name of Object.keys(files) as Name[])
    reads.set(name, await readWorkbook(readFileSync(recalculated(name))));
});

const readBack = (name: Name): { report: Report; findings: unknown[] } => {
  const read = reads.get(name);
  expect(read?.problems).toEqual([]);
  expect(read?.reports).toHaveLength(1);
  expect(read?.reports[0]?.foundBy).toBe("names");
  return read!.reports[0]!;
};

describe("a filled template recalculated by LibreOffice", () => {
  it("reads back the 2021 figures typed in, and totals LibreOffice computed equal the sums", () => {
    const { report, findings } = readBack("consistent2021");
    expect(findings).toEqual([]);
    // consistentReport sums its totals itself; here every total is LibreOffice's result of the template's formula.
    expect(report.tables).toEqual(report2021.tables);
    expect(report.tables.applications["resultTotal.total"]).toBeGreaterThan(0);
  });

  it("reads back the published 2019 report: its figures, 采购总金额 850 万元, and totals of 0", () => {
    const { report } = readBack("huancui");
    expect(report).toMatchObject({ format: "2019", year: 2019, body: huancui.body });
    expect(report.tables.disclosure).toMatchObject({ "procurement.count": 999, "procurement.amount": 850 });
    for (const [table, values] of Object.entries(huancui.tables) as [keyof Report["tables"], Record<string, number>][])
      expect(report.tables[table]).toMatchObject(values);
    expect(report.tables.applications["resultTotal.total"]).toBe(0);
  });

  it("shows the computed totals in LibreOffice's CSV of the tables sheet, with no error values", () => {
    const csv = readFileSync(join(dir, "csv", "consistent2021.csv"), "utf8");
    expect(csv).not.toMatch(/#(VALUE|REF|NAME|DIV\/0|N\/A|NUM)/);
    const row = csv.split("\n").find((line) => line.split(",").includes("（七）总计"));
    const totals = report2021.tables.applications;
    const expected = ["natural", "commercial", "research", "publicInterest", "legal", "otherOrg", "total"].map(
      (column) => String(totals[`resultTotal.${column}`]),
    );
    expect(row?.split(",").filter((cell) => /^\d+$/.test(cell))).toEqual(expected);
  });

  it("keeps the data validation, the unlocked input cells, the locked totals and the sheet protection", async () => {
    const workbook = await loadWorkbook(readFileSync(recalculated("consistent2021")));
    const cells = namedCells(workbook);
    const at = (key: string) => cells.find((c) => c.ref.key === key)!.cell;
    const validation = at("newReceived.natural").dataValidation;
    expect(validation).toMatchObject({
      type: "whole",
      operator: "greaterThanOrEqual",
      errorTitle: "输入有误",
      error: "请填写不小于 0 的整数（件）",
    });
    // LibreOffice writes a second, unused bound; the first is the one that counts.
    expect(Number(validation.formulae[0])).toBe(0);
    // Money's places are bounded by a formula at the cell (1234.56789 万元 refused), which LibreOffice keeps.
    const fees = at("fees.amount");
    expect(fees.dataValidation).toMatchObject({ type: "custom" });
    expect(String(fees.dataValidation.formulae[0])).toContain(`ROUND(${fees.address},4)`);
    const file = readFileSync(recalculated("consistent2021"));
    expect(await isLocked(file, 0, at("newReceived.natural").address)).toBe(false);
    expect(await isLocked(file, 0, at("newReceived.total").address)).toBe(true);
    expect(at("newReceived.total").formula).toMatch(/^SUM\(/);
    for (const index of workbook.worksheets.keys()) {
      expect(await sheetProtection(file, index)).toEqual({ on: true, password: false });
    }
  });

  it("a cell of the recalculated workbook has a number format that shows its unit", async () => {
    const workbook = await loadWorkbook(readFileSync(recalculated("consistent2021")));
    const amount = namedCells(workbook).find((c) => c.ref.key === "fees.amount")!.cell;
    expect(amount.numFmt).toContain("万元");
    expect(amount.value).toBe(report2021.tables.disclosure["fees.amount"]);
    expect(ExcelJS.ValueType.Number).toBe(amount.type);
  });
});

describe("files written by nianbao, as LibreOffice opens them", () => {
  it("opens a Word export whose prose held characters XML forbids, the prose intact without them", () => {
    const text = readFileSync(join(dir, "txt", "pasted.txt"), "utf8");
    expect(text).toContain("本年度，我局认真贯彻落实《条例》。");
  });

  it("saves workbooks the streaming reader reads exactly as the exceljs reader did", async () => {
    for (const name of Object.keys(files) as Name[]) {
      const buffer = readFileSync(recalculated(name));
      expect({ name, read: reads.get(name) }).toEqual({ name, read: (await readWorkbookWithExceljs(buffer)).read });
    }
  });
});

type CheckedJson = { findings: { ruleId: string; severity: string; cells: { key: string }[] }[] };

describe("nianbao check on the recalculated workbooks", () => {
  it.each([["huancui"], ["consistent2021"]] as const)("finds no error in %s", async (name) => {
    const { code, stdout } = await runCliCaptured(["check", recalculated(name), "--json"]);
    const [result] = JSON.parse(stdout) as CheckedJson[];
    expect(result!.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(code).toBe(0);
  });

  it("finds the broken 勾稽关系 in the changed column (and in 总计, whose formula follows it), nothing else", async () => {
    const { code, stdout } = await runCliCaptured(["check", recalculated("broken"), "--json"]);
    const [result] = JSON.parse(stdout) as CheckedJson[];
    const errors = result!.findings.filter((f) => f.severity === "error");
    expect(code).toBe(1);
    // The row total is a formula, so it follows the change: only the caption's balance breaks, in both columns.
    expect(errors.map((f) => [f.ruleId, f.cells.map((c) => c.key).find((k) => k.startsWith("carriedOut."))])).toEqual([
      ["applications.balance", "carriedOut.commercial"],
      ["applications.balance", "carriedOut.total"],
    ]);
  });
});
