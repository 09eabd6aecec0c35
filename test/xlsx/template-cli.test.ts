import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cellsOfTable, formats, rangeName, textRangeName, toReportJson, zeroReport } from "../../src/domain";
import { readWorkbook } from "../../src/files/xlsx/read-workbook";
import { runCliCaptured } from "../helpers/run-cli";
import { loadWorkbook, namedCells } from "./fill-workbook";
import { frozenPane } from "./xlsx-parts";

// `nianbao template`: the file a person gets, its names, and last year's figures carried over.

const dir = mkdtempSync(join(tmpdir(), "nianbao-template-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("nianbao template", () => {
  it.each([
    ["2019", "2020"],
    ["2021", "2025"],
  ] as const)("writes the %s-format template for %s whose names cover every cell", async (formatId, year) => {
    const output = join(dir, `${year}.xlsx`);
    const { code, stdout } = await runCliCaptured(["template", "--year", year, "--body", "某局", "-o", output]);
    expect(code).toBe(0);
    expect(stdout).toBe(`已生成 ${output}（${year} 年度，${formatId} 格式）`);
    const workbook = await loadWorkbook(readFileSync(output));
    const names = new Set(workbook.definedNames.model.map((n) => n.name));
    const format = formats[formatId];
    for (const table of format.tables) {
      for (const cell of cellsOfTable(table)) expect(names).toContain(rangeName(Number(year), cell.ref));
    }
    for (const section of format.text) expect(names).toContain(textRangeName(Number(year), section.key));
    const { reports } = await readWorkbook(readFileSync(output));
    expect(reports[0]?.report).toMatchObject({ format: formatId, year: Number(year), body: "某局" });
  });

  it("freezes the title row and the label columns of the tables sheet, as Excel and exceljs read the file", async () => {
    const output = join(dir, "frozen.xlsx");
    expect((await runCliCaptured(["template", "--year", "2025", "--body", "某局", "-o", output])).code).toBe(0);
    // Row 1: the body and year; A–C: 三、本年度办理结果, （三）不予公开 and the item labels of every table.
    expect(await frozenPane(readFileSync(output), 0)).toEqual({
      xSplit: 3,
      ySplit: 1,
      topLeftCell: "D2",
      state: "frozen",
    });
    expect(await frozenPane(readFileSync(output), 1)).toBeUndefined();
    const workbook = await loadWorkbook(readFileSync(output));
    expect(workbook.worksheets[0]?.views[0]).toMatchObject({ state: "frozen", xSplit: 3, ySplit: 1 });
  });

  it("never writes over an existing file unless --force is given", async () => {
    const output = join(dir, "mine.xlsx");
    writeFileSync(output, "a person's own workbook");
    const kept = await runCliCaptured(["template", "--year", "2025", "--body", "某局", "-o", output]);
    expect(kept.code).toBe(2);
    expect(kept.stderr).toBe(`${output} 已存在，未覆盖；如需覆盖，请加 --force`);
    expect(readFileSync(output, "utf8")).toBe("a person's own workbook");
    const replaced = await runCliCaptured(["template", "--year", "2025", "--body", "某局", "-o", output, "--force"]);
    expect(replaced.code).toBe(0);
    expect(readFileSync(output).subarray(0, 2).toString()).toBe("PK");
  });

  it("prefills 上年结转 from last year's report given as .json", async () => {
    const previous = zeroReport("2021", 2024, "某局");
    previous.tables.applications["carriedOut.natural"] = 5;
    previous.tables.applications["carriedOut.otherOrg"] = 1;
    const previousFile = join(dir, "2024.json");
    writeFileSync(previousFile, JSON.stringify(toReportJson(previous)));
    const output = join(dir, "prefilled.xlsx");
    const args = ["template", "--year", "2025", "--body", "某局", "--previous", previousFile, "-o", output];
    const { code, stdout } = await runCliCaptured(args);
    expect(code).toBe(0);
    expect(stdout).toContain("已按上年报告预填");
    const cells = namedCells(await loadWorkbook(readFileSync(output)));
    const valueOf = (key: string) => cells.find((c) => c.ref.key === key)?.cell.value;
    expect([valueOf("carriedIn.natural"), valueOf("carriedIn.otherOrg"), valueOf("carriedIn.commercial")]).toEqual([
      5, 1, 0,
    ]);
    // The new year's own figures stay blank for the person to fill in.
    expect(valueOf("newReceived.natural")).toBeNull();
  });

  it("refuses last year's report of another body, naming both, and uses it only with --other-body", async () => {
    const previous = zeroReport("2021", 2024, "某区卫生健康委员会");
    previous.tables.applications["carriedOut.natural"] = 5;
    const previousFile = join(dir, "2024-other.json");
    writeFileSync(previousFile, JSON.stringify(toReportJson(previous)));
    const output = join(dir, "other-body.xlsx");
    const args = ["template", "--year", "2025", "--body", "某县交通运输局", "--previous", previousFile, "-o", output];
    const refused = await runCliCaptured(args);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("所选上年报告是“某区卫生健康委员会”的报告，本报告的机关是“某县交通运输局”");
    expect(refused.stderr).toContain("--other-body");
    expect(() => readFileSync(output)).toThrow();
    const consented = await runCliCaptured([...args, "--other-body"]);
    expect(consented.code).toBe(0);
    expect(consented.stdout).toContain("已按上年报告预填");
  });

  it("refuses last year's report of another year before writing anything", async () => {
    const previousFile = join(dir, "2023.json");
    writeFileSync(previousFile, JSON.stringify(toReportJson(zeroReport("2021", 2023, "某局"))));
    const output = join(dir, "wrong-year.xlsx");
    const args = ["template", "--year", "2025", "--body", "某局", "--previous", previousFile, "-o", output];
    const { code, stderr } = await runCliCaptured(args);
    expect(code).toBe(2);
    expect(stderr).toContain("请改用 2024 年度报告");
    expect(() => readFileSync(output)).toThrow();
  });

  it("reads a template back as a report for nianbao check: a blank template has blanks and is not a pass", async () => {
    const output = join(dir, "blank.xlsx");
    await runCliCaptured(["template", "--year", "2025", "--body", "某局", "-o", output]);
    const { code, stdout } = await runCliCaptured(["check", output, "--json"]);
    const [result] = JSON.parse(stdout) as { findings: { severity: string; code: string }[] }[];
    // Its one error is that nothing is filled in (issue 17): no figure is wrong, none is there yet.
    expect(result!.findings.filter((f) => f.severity === "error").map((f) => f.code)).toEqual(["report.noFigures"]);
    expect(result!.findings.map((f) => f.code)).toContain("cell.blank");
    expect(code).toBe(1);
  });

  it.each([
    [["--year", "2025"], "请用 --body 指定机关名称"],
    [["--year", "2006", "--body", "某局"], "年度“2006”有误：请填写 2007—2100 年之间"],
    [["--year", "2018", "--body", "某局"], "2018 年度报告早于 2019 年起施行的两种官方格式"],
    [["--year", "二〇二五", "--body", "某局"], "年度“二〇二五”有误"],
    [["a.txt", "--year", "2025", "--body", "某局"], "template 不读取报告文件"],
  ])("refuses %j with its reason and exit code 2", async (args, message) => {
    const { code, stderr } = await runCliCaptured(["template", ...args]);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
