import { execFile, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { HUANCUI, readFixture, withCellChanged } from "./helpers/fixture";
import { runCliCaptured } from "./helpers/run-cli";
import { pdf } from "./catalogue/inputs";
import { cellsOfTable, formats, toReportJson, zeroReport } from "../src/domain";

type CheckedJson = {
  file: string;
  format: string;
  year: number;
  body: string;
  findings: {
    ruleId: string;
    severity: string;
    code: string;
    cells: { table: string; key: string }[];
    message: string;
  }[];
};

const workDir = mkdtempSync(join(tmpdir(), "nianbao-cli-"));
const writeTemp = (name: string, text: string): string => {
  const path = join(workDir, name);
  writeFileSync(path, text);
  return path;
};
let reportFiles = 0;
/** A 2021-format report JSON of `body` for `year`: every figure 0 but those given, sections 一五六 written. */
const reportFile = (year: number, body: string, figures: Record<string, number> = {}): string => {
  const report = zeroReport("2021", year, body);
  Object.assign(report.tables.applications, figures);
  report.text = { overview: "本年度概况。", problems: `${year + 1}年将继续改进。`, other: "无。" };
  reportFiles += 1;
  return writeTemp(`report-${reportFiles}.json`, JSON.stringify(toReportJson(report)));
};
/** 四、结转下年度继续办理 · 商业企业 set to 3: 一+二 (0) no longer equals 三（七）+四 (3) in that column. */
const broken = () => writeTemp("broken.txt", withCellChanged(readFixture(), "四、结转下年度继续办理", 1, "3"));

async function checkJson(...files: string[]): Promise<{ code: number; results: CheckedJson[] }> {
  const { code, stdout } = await runCliCaptured(["check", ...files, "--json"]);
  return { code, results: JSON.parse(stdout) as CheckedJson[] };
}

describe("nianbao check", () => {
  it("reads the published 2019 report: no errors, one narrative.year warning for section 五, exit 0", async () => {
    const { code, results } = await checkJson(HUANCUI);
    expect(code).toBe(0);
    expect(results).toHaveLength(1);
    const [result] = results;
    expect(result).toMatchObject({ file: HUANCUI, format: "2019", year: 2019 });
    expect(result!.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result!.findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      [
        "narrative.year",
        "warning",
        "五、存在的主要问题及改进情况：“2019年，我们将从如下两个方面着手”——改进计划应写下一年（2020年）",
      ],
    ]);
  });

  it("finds the broken 勾稽关系 in that column only, and exits 1", async () => {
    const { code, results } = await checkJson(broken());
    expect(code).toBe(1);
    const errors = results[0]!.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => f.ruleId).sort()).toEqual(["applications.balance", "applications.rowTotal"]);
    for (const error of errors)
      expect(error.cells).toContainEqual({ table: "applications", key: "carriedOut.commercial" });
    const balance = errors.find((f) => f.ruleId === "applications.balance")!;
    expect(balance.message).toBe(
      "三、收到和处理政府信息公开申请情况 · 商业企业：第一项加第二项之和（0）不等于第三项加第四项之和（3）",
    );
  });

  it("prints one Chinese line per finding with the file, and a summary", async () => {
    const file = broken();
    const { code, stdout } = await runCliCaptured(["check", file, HUANCUI]);
    expect(code).toBe(1);
    const lines = stdout.split("\n");
    expect(lines).toContain(
      `${file}：错误：三、收到和处理政府信息公开申请情况 · 商业企业：第一项加第二项之和（0）不等于第三项加第四项之和（3）`,
    );
    expect(lines.filter((l) => l.startsWith(`${HUANCUI}：警告：五、存在的主要问题及改进情况`))).toHaveLength(1);
    expect(lines.at(-1)).toBe("共 2 个文件：错误 2 处，警告 2 处");
  });

  it("gives the same findings for text converted to JSON as for the text", async () => {
    for (const text of [HUANCUI, broken()]) {
      const converted = await runCliCaptured(["convert", text, "--json"]);
      expect(converted.code).toBe(0);
      const json = writeTemp("converted.json", converted.stdout);
      const [fromText, fromJson] = await Promise.all([checkJson(text), checkJson(json)]);
      expect(fromJson.code).toBe(fromText.code);
      const strip = ({ results }: { results: CheckedJson[] }) => results.map(({ file: _file, ...rest }) => rest);
      expect(strip(fromJson)).toEqual(strip(fromText));
    }
  });

  it("keeps going past an unreadable file, says why in Chinese, and exits 2", async () => {
    const bad = writeTemp("bad.json", "{ not json");
    const { code, results } = await checkJson(bad, join(workDir, "missing.txt"), HUANCUI);
    expect(code).toBe(2);
    expect(results.map((r) => ("errors" in r ? "unreadable" : r.format))).toEqual(["unreadable", "unreadable", "2019"]);
    expect(JSON.stringify(results)).toContain("文件不存在");
  });

  describe("with last year's report (--previous)", () => {
    const reportOf = (year: number, carriedOut = 0, body = "某局") =>
      reportFile(year, body, { "carriedOut.natural": carriedOut, "carriedOut.total": carriedOut });
    const carryOverCells = (results: CheckedJson[]) =>
      results[0]!.findings.filter((f) => f.ruleId === "carryOver.applications").map((f) => f.cells[0]!.key);

    it("checks 上年结转 against the year before's 结转下年度", async () => {
      const { code, results } = await checkJson(reportOf(2023), "--previous", reportOf(2022, 1));
      expect(code).toBe(1);
      expect(carryOverCells(results)).toEqual(["carriedIn.natural", "carriedIn.total"]);
    });

    it("refuses last year's report of another body, naming both, and compares with it only with --other-body", async () => {
      const args = [reportOf(2023), "--previous", reportOf(2022, 1, "某区卫生健康委员会")];
      const refused = await runCliCaptured(["check", ...args]);
      expect(refused.code).toBe(2);
      expect(refused.stdout).toContain(
        "所选上年报告是“某区卫生健康委员会”的报告，本报告的机关是“某局”，不是同一机关；上年结转等数字会取自另一机关的报告。" +
          "本文件未核对上年结转；若确是本机关上年的报告（如机关更名），请加 --other-body 再运行",
      );
      expect(refused.stdout).not.toContain("上年结转政府信息公开申请数量");
      const consented = await checkJson(...args, "--other-body");
      expect(consented.code).toBe(1);
      expect(carryOverCells(consented.results)).toEqual(["carriedIn.natural", "carriedIn.total"]);
    });

    it.each([
      ["the same year", 2023, "与本报告是同一年度"],
      ["a later year", 2024, "晚于本报告的年度"],
      ["two years before", 2021, "不是上一年度（2022 年）"],
    ])("does not compare with a report of %s, and says so", async (_name, previousYear, which) => {
      const { code, stdout } = await runCliCaptured(["check", reportOf(2023), "--previous", reportOf(previousYear, 1)]);
      expect(code).toBe(0);
      expect(stdout).toContain(
        `作为上年报告的是 ${previousYear} 年度报告，${which}；上年结转等数字只能与 2022 年度报告核对，请改用 2022 年度报告（本文件未核对上年结转）`,
      );
      expect(stdout).not.toContain("上年结转政府信息公开申请数量");
    });
  });

  it.each([[[]], [["frobnicate"]], [["check"]], [["check", "--colour", HUANCUI]]])(
    "refuses wrong usage %j with exit 2",
    async (args) => {
      const { code, stderr, stdout } = await runCliCaptured(args);
      expect(code).toBe(2);
      expect(stderr + stdout).toContain("用法");
    },
  );
});

describe("nianbao narrate with last year's report (--previous)", () => {
  // 5 new applications this year against last year's 3: section 五 says “比上年增加2件” only when it compares.
  const thisYear = () => reportFile(2023, "某局", { "newReceived.natural": 5, "newReceived.total": 5 });
  const lastYearOf = (body: string) => reportFile(2022, body, { "newReceived.natural": 3, "newReceived.total": 3 });
  const compared = "全年新收政府信息公开申请5件，比上年增加2件。";

  it("compares with the same body's report of the year before", async () => {
    const { code, stdout } = await runCliCaptured(["narrate", thisYear(), "--previous", lastYearOf("某局")]);
    expect(code).toBe(0);
    expect(stdout).toContain(compared);
  });

  it("refuses another body's report, naming both, drafting nothing, and compares with it only with --other-body", async () => {
    const args = ["narrate", thisYear(), "--previous", lastYearOf("某区卫生健康委员会")];
    const refused = await runCliCaptured(args);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      "所选上年报告是“某区卫生健康委员会”的报告，本报告的机关是“某局”，不是同一机关；上年结转等数字会取自另一机关的报告。" +
        "未起草；若确是本机关上年的报告（如机关更名），请加 --other-body 再运行",
    );
    expect(refused.stdout).toBe("");
    const consented = await runCliCaptured([...args, "--other-body"]);
    expect(consented.code).toBe(0);
    expect(consented.stdout).toContain(compared);
  });
});

describe("nianbao convert", () => {
  it("gives the fixture's figures: 999 purchases for 850 万元, 4 规范性文件, and 0 elsewhere", async () => {
    const { code, stdout } = await runCliCaptured(["convert", HUANCUI, "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { schema: string; tables: Record<string, Record<string, number>> };
    expect(json.schema).toBe("nianbao.report/1");
    const nonZero = Object.entries(json.tables).flatMap(([table, values]) =>
      Object.entries(values)
        .filter(([, v]) => v !== 0)
        .map(([key, v]) => `${table}.${key}=${v}`),
    );
    // The spec's summary says every other figure is 0; the published 规范性文件 row reads 4, 4, 4, and we read what is written.
    expect(nonZero.sort()).toEqual([
      "disclosure.normativeDocs.made=4",
      "disclosure.normativeDocs.published=4",
      "disclosure.normativeDocs.totalPublic=4",
      "disclosure.procurement.amount=850",
      "disclosure.procurement.count=999",
    ]);
    expect(Object.keys(json.tables.applications!)).toHaveLength(23 * 7);
  });
});

describe("nianbao convert never hides what check would say", () => {
  it("refuses a report with a cell it cannot read as a number, naming the cell, instead of dropping it", async () => {
    const file = writeTemp("refused.txt", withCellChanged(readFixture(), "四、结转下年度继续办理", 1, "约5"));
    const { code, stdout, stderr } = await runCliCaptured(["convert", file, "--json"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("有 1 个单元格的填写内容无法作为数字读取，未转换");
    expect(stderr).toContain("四、结转下年度继续办理 · 商业企业：“约5”不是数字");
  });

  it("keeps a partial report's unread cells, so checking the JSON leaves the same rules unchecked", async () => {
    const lines = readFixture().split("\n");
    const cut = lines.slice(0, lines.findIndex((line) => line.startsWith("三、收到和处理")) + 40).join("\n");
    const text = writeTemp("cut.txt", cut);
    const converted = await runCliCaptured(["convert", text, "--json"]);
    expect(converted.code).toBe(0);
    const json = JSON.parse(converted.stdout) as { unread: { table: string; key: string }[] };
    expect(json.unread).toContainEqual({ table: "appeals", key: "review.upheld" });
    type Partial = { findings: unknown[]; unread: unknown[]; notChecked: unknown[] };
    const fromText = (await checkJson(text)).results[0] as unknown as Partial;
    const fromJson = (await checkJson(writeTemp("cut.json", converted.stdout))).results[0] as unknown as Partial;
    expect(fromJson.unread).toEqual(fromText.unread);
    expect(fromJson.notChecked).toEqual(fromText.notChecked);
    expect(fromJson.findings).toEqual(fromText.findings);
    const { stdout } = await runCliCaptured(["check", text]);
    expect(stdout).toContain(
      `${text}：四、政府信息公开行政复议、行政诉讼情况：有 15 个单元格未读到，涉及的 3 条校验规则未核对`,
    );
  });
});

describe("the compiled nianbao command", () => {
  const root = join(__dirname, "..");
  const run = promisify(execFile);
  // What `npm ci` does through the prepare script: the sources compiled to build/cli, run by bin/nianbao.cjs.
  beforeAll(() => run("npm", ["run", "--silent", "build:cli"], { cwd: root }), 60_000);
  const nianbao = (...args: string[]) => run("node", [join(root, "bin", "nianbao.cjs"), ...args], { cwd: root });

  it("checks files with the real exit codes", async () => {
    const { stdout } = await nianbao("check", HUANCUI);
    expect(stdout).toContain("共 1 个文件：错误 0 处，警告 1 处");
    await expect(nianbao("check", broken())).rejects.toMatchObject({ code: 1 });
  }, 60_000);

  it("checks a folder on worker threads and prints the files in the order they were found", async () => {
    const folder = mkdtempSync(join(tmpdir(), "nianbao-workers-"));
    const names = ["a.txt", "b.txt", "c.json", "d.txt", "e.txt"];
    for (const name of names) writeFileSync(join(folder, name), name === "c.json" ? "{ broken" : readFixture());
    writeFileSync(join(folder, "b.txt"), withCellChanged(readFixture(), "四、结转下年度继续办理", 1, "3"));
    const failed = await nianbao("check", folder, "--json").catch((error: { code: number; stdout: string }) => error);
    expect("code" in failed && failed.code).toBe(2);
    const results = JSON.parse(failed.stdout) as ({ file: string; errors?: string[] } & Partial<CheckedJson>)[];
    expect(results.map((r) => r.file)).toEqual(names.map((name) => join(folder, name)));
    expect(
      results.map((r) => (r.errors ? "unreadable" : r.findings!.filter((f) => f.severity === "error").length)),
    ).toEqual([0, 2, "unreadable", 0, 0]);
  }, 60_000);

  it("reads PDF (on pdfjs's own worker) and Word files from the compiled bundle", async () => {
    const scan = writeTemp("scan.pdf", "");
    writeFileSync(scan, pdf("0 0 m 100 100 l S"));
    const docxFile = join(workDir, "exported.docx");
    expect((await nianbao("export", HUANCUI, "--docx", "-o", docxFile, "--force")).stdout).toContain("已导出");
    const failed = await nianbao("check", scan, docxFile).catch((error: { code: number; stdout: string }) => error);
    expect("code" in failed && failed.code).toBe(2);
    expect(failed.stdout).toContain(`${scan}：无法读取：这是扫描件`);
    expect(failed.stdout).toContain(`${docxFile}：警告：五、存在的主要问题及改进情况`);
  }, 60_000);

  it("ends quietly with its own exit code when the reader of its output goes away (check … | head)", async () => {
    // Every figure 1: totals and balances fail everywhere, so the JSON of three files is far beyond a pipe's buffer.
    const folder = mkdtempSync(join(tmpdir(), "nianbao-epipe-"));
    const report = zeroReport("2021", 2023, "某局");
    for (const table of formats["2021"].tables)
      for (const cell of cellsOfTable(table)) report.tables[table.id][cell.ref.key] = 1;
    for (const name of ["a", "b", "c"])
      writeFileSync(join(folder, `${name}.json`), JSON.stringify(toReportJson(report)));
    const child = spawn("node", [join(root, "bin", "nianbao.cjs"), "check", folder, "--json"], { cwd: root });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // Like head: read the first chunk, then close the pipe.
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(1);
    expect(stderr).toBe("");
  }, 60_000);
});
