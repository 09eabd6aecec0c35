import { execFile } from "node:child_process";
import ExcelJS from "exceljs";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { reportTitle, toReportJson, type Report } from "../src/domain";
import { withApplications, writtenReport } from "../src/domain/review/__fixtures__/review-reports";
import { writeReportText } from "../src/domain/text-reader/__fixtures__/report-text";
import { writeReportDocx } from "../src/files/docx/write-docx";
import { runCli } from "../src/cli/main";
import "../src/cli/review";
import { convertWithLibreOffice } from "./xlsx/libreoffice";

// A reviewing office's folder: a county government and two of its three towns (the third has not sent its report),
// the education bureau's 2023 and 2024 reports (2024 copied from 2023, and its 上年结转 not last year's 结转), the
// civil affairs bureau's report as .docx and as the PDF printed from it, two different versions of the health
// commission's, a town writing last year in a sentence about this year, a town with section 五 left empty, and a
// file that is no report. `nianbao review` turns it into one workbook, which LibreOffice reads back.

const run = promisify(execFile);
/** A test that runs the command over the folder: reading it (a PDF among the files) takes seconds on a busy machine. */
const RUNS_COMMAND_MS = 120_000;
const root = mkdtempSync(join(tmpdir(), "nianbao-review-"));
const folder = join(root, "收件");
afterAll(() => rmSync(root, { recursive: true, force: true }));

const json = (report: Report) => JSON.stringify(toReportJson(report));
const put = (name: string, content: string | Uint8Array) => writeFileSync(join(folder, name), content);

async function makeFolder(): Promise<void> {
  mkdirSync(folder, { recursive: true });
  put("某县人民政府2024.json", json(withApplications(writtenReport("某县人民政府", 2024), 10)));
  const jia = withApplications(writtenReport("甲镇", 2024), 3);
  jia.text.overview += "\n本单位2023年度共主动公开政府信息120条。";
  put("甲镇2024.json", json(jia));
  const yi = withApplications(writtenReport("乙镇", 2024), 4);
  yi.text.problems = "";
  put("乙镇2024.txt", writeReportText(yi, reportTitle("乙镇", 2024)));
  const education2023 = withApplications(writtenReport("某县教育局", 2023), 5, 2);
  put("某县教育局2023.json", json(education2023));
  const education2024 = withApplications(writtenReport("某县教育局", 2024), 4, 0, 1);
  education2024.text = { ...education2023.text, overview: education2023.text.overview!.replaceAll("2023", "2024") };
  put("某县教育局2024.json", json(education2024));
  put("某县民政局2024.docx", await writeReportDocx(withApplications(writtenReport("某县民政局", 2024), 2)));
  put("某县卫生健康委员会2024.json", json(withApplications(writtenReport("某县卫生健康委员会", 2024), 6)));
  put("某县卫生健康委员会2024-修改.json", json(withApplications(writtenReport("某县卫生健康委员会", 2024), 7)));
  put("坏文件.pdf", "这不是 PDF");
  const profile = `file://${mkdtempSync(join(tmpdir(), "lo-"))}`;
  const docx = join(folder, "某县民政局2024.docx");
  await run(
    "soffice",
    ["--headless", `-env:UserInstallation=${profile}`, "--convert-to", "pdf", "--outdir", folder, docx],
    {
      timeout: 180_000,
    },
  );
  writeFileSync(join(root, "层级.csv"), "上级,下级\n某县人民政府,甲镇\n某县人民政府,乙镇\n某县人民政府,丙镇\n");
}

type Run = { code: number; stdout: string; stderr: string };

async function review(args: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(["review", ...args], { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

/** LibreOffice's CSV of a sheet as rows of cells (quoted cells may hold commas, quotes and line breaks). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted || (char !== "," && char !== "\n" && char !== "\r")) {
      cell += char;
    } else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\n") {
      rows.push([...row, cell]);
      row = [];
      cell = "";
    }
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

describe("nianbao review", () => {
  const output = join(root, "审核结果.xlsx");
  let result: Run;
  const sheets: Record<string, string[][]> = {};

  beforeAll(async () => {
    await makeFolder();
    result = await review([folder, "-o", output, "--hierarchy", join(root, "层级.csv")]);
    const csvDir = join(root, "csv");
    await convertWithLibreOffice([output], "csv", csvDir, true);
    for (const name of ["汇总", "问题清单", "跨年度", "层级"]) {
      const file = join(csvDir, `审核结果-${name}.csv`);
      sheets[name] = existsSync(file) ? csvRows(readFileSync(file, "utf8")) : [];
    }
  }, 300_000);

  const rowOf = (sheet: string, ...cells: string[]) =>
    sheets[sheet]?.find((row) => cells.every((cell, i) => cell === "" || row[i] === cell));

  it("says what it found and where it wrote, and exits 2 for the file it could not read", () => {
    expect(result.stdout).toBe(
      [
        "共 10 个文件，7 份报告（按机关和年度）：通过 5，有错误 2，未读完 0，无法读取 1",
        `审核结果已写入 ${output}`,
      ].join("\n"),
    );
    expect(result.code).toBe(2);
  });

  it("汇总: one row per body and year, the worst first, with status, counts, key figures, rates and change", () => {
    const summary = sheets["汇总"]!;
    expect(summary[0]).toEqual([
      "机关",
      "年度",
      "文件",
      "文件格式",
      "表格格式",
      "状态",
      "错误",
      "警告",
      "二·制发规章",
      "二·制发规范性文件",
      "三·新收申请",
      "三·办结",
      "三·结转下年度",
      "四·行政复议",
      "四·行政诉讼",
      "实质公开率",
      "复议纠错率",
      "争议转化率",
      "新收申请较上年",
      "上年报告",
    ]);
    expect(summary.slice(1, 4).map((row) => [row[0], row[1], row[5], row[6]])).toEqual([
      ["（未读出）", "—", "无法读取", "1"],
      ["某县教育局", "2024", "有错误", "2"],
      ["某县卫生健康委员会", "2024", "有错误", "1"],
    ]);
    expect(rowOf("汇总", "某县教育局", "2024")).toEqual([
      ...["某县教育局", "2024", "某县教育局2024.json", ".json", "2021", "有错误", "2", "3"],
      ...["0", "0", "4", "5", "0", "0", "0"],
      ...["100.0%", "—", "0.0%", "-20.0%", "某县教育局2023.json"],
    ]);
    expect(rowOf("汇总", "某县民政局")?.slice(2, 6)).toEqual([
      "某县民政局2024.docx、某县民政局2024.pdf",
      ".docx、.pdf",
      "2021",
      "通过",
    ]);
    expect(summary.filter((row) => row[5] === "通过").map((row) => row[0])).toEqual(
      expect.arrayContaining(["某县人民政府", "甲镇", "乙镇", "某县民政局", "某县教育局"]),
    );
    expect(summary).toHaveLength(9);
  });

  it("问题清单: each finding with body, year, file, place, severity, message and rule", () => {
    expect(sheets["问题清单"]![0]).toEqual(["机关", "年度", "文件", "表", "行", "列", "严重程度", "问题", "规则"]);
    expect(
      rowOf("问题清单", "某县教育局", "2024", "某县教育局2024.json", "三、收到和处理政府信息公开申请情况"),
    ).toEqual([
      ...["某县教育局", "2024", "某县教育局2024.json", "三、收到和处理政府信息公开申请情况"],
      ...["二、上年结转政府信息公开申请数量", "自然人", "错误"],
      "三、收到和处理政府信息公开申请情况 · 自然人：二、上年结转政府信息公开申请数量（1）与上年报告的结转下年度继续办理（2）不一致",
      "carryOver.applications",
    ]);
    const messages = (body: string) =>
      sheets["问题清单"]!.filter((row) => row[0] === body).map((row) => [row[2], row[6], row[8], row[7]]);
    expect(messages("某县教育局")).toContainEqual([
      "某县教育局2024.json",
      "警告",
      "quality.repeatedText",
      expect.stringMatching(/^一、总体情况：与上年报告相同的文字约占 \d+%/),
    ]);
    expect(messages("甲镇")).toEqual([
      [
        "甲镇2024.json",
        "警告",
        "quality.previousYear",
        "一、总体情况：“本单位2023年度共主动公开政府信息120条”——本年度（2024年）的工作写成了 2023 年，请核对年份",
      ],
    ]);
    expect(messages("乙镇")).toEqual([
      ["乙镇2024.txt", "警告", "narrative.required", "缺少“五、存在的主要问题及改进情况”部分"],
    ]);
    expect(messages("某县民政局")).toEqual([
      [
        "某县民政局2024.pdf",
        "提示",
        "review.duplicate",
        "与“某县民政局2024.docx”是同一机关同一年度的报告，数字相同，只计一份",
      ],
    ]);
    expect(messages("某县卫生健康委员会")).toEqual([
      [
        "某县卫生健康委员会2024.json",
        "错误",
        "review.versionConflict",
        "“某县卫生健康委员会2024-修改.json、某县卫生健康委员会2024.json”是同一机关同一年度的报告，但数字不同：请确认哪一份是正式版本（汇总按“某县卫生健康委员会2024-修改.json”计）",
      ],
    ]);
    expect(rowOf("问题清单", "（全部报告）")?.slice(6)).toEqual([
      "警告",
      "本批报告涉及多个年度：2023 年度 1 份、2024 年度 6 份；同一机关相邻两年的报告已自动配对核对",
      "review.mixedYears",
    ]);
    expect(rowOf("问题清单", "（未读出）")?.slice(2, 3)).toEqual(["坏文件.pdf"]);
  });

  it("跨年度: the education bureau's pair, its ties counted and those that do not hold named", () => {
    expect(sheets["跨年度"]).toEqual([
      ["机关", "上年", "本年", "上年文件", "本年文件", "核对项", "不一致", "结果", "不一致的项"],
      [
        ...["某县教育局", "2023", "2024", "某县教育局2023.json", "某县教育局2024.json", "9", "2", "不一致"],
        "二、上年结转政府信息公开申请数量·自然人：本年 1，按上年应为 2；二、上年结转政府信息公开申请数量·总计：本年 1，按上年应为 2",
      ],
    ]);
  });

  it("层级: the county against the sum of the towns that sent reports, naming the one missing", () => {
    const hierarchy = sheets["层级"]!;
    expect(hierarchy[0]).toEqual([
      "上级",
      "年度",
      "已计入的下级",
      "缺少的下级",
      "单元格",
      "上级数",
      "下级合计",
      "差额",
    ]);
    expect(hierarchy.slice(1, 3)).toEqual([
      ["某县人民政府", "2024", "甲镇、乙镇", "丙镇", "三·一、本年新收政府信息公开申请数量·自然人", "10", "7", "3"],
      ["某县人民政府", "2024", "甲镇、乙镇", "丙镇", "三·一、本年新收政府信息公开申请数量·总计", "10", "7", "3"],
    ]);
    expect(hierarchy).toHaveLength(7);
  });

  it(
    "never replaces a file without --force, and replaces it with --force",
    async () => {
      const before = readFileSync(output);
      const refused = await review([folder, "-o", output]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain("已存在，未覆盖；如需覆盖，请加 --force");
      expect(readFileSync(output)).toEqual(before);
      expect((await review([folder, "-o", output, "--force", "--hierarchy", join(root, "层级.csv")])).code).toBe(2);
    },
    RUNS_COMMAND_MS,
  );
});

describe("nianbao check over the same kind of folder", () => {
  it(
    "groups by body and year in its summary: duplicates, versions, mixed years and each pair's ties",
    async () => {
      const out: string[] = [];
      const code = await runCli(["check", folder], { out: (t) => out.push(t), err: () => undefined });
      const lines = out.join("\n").split("\n");
      const from = lines.indexOf("按机关和年度归并：");
      expect(from).toBeGreaterThan(0);
      expect(lines.slice(from + 1, from + 3)).toEqual([
        "本批报告涉及多个年度：2023 年度 1 份、2024 年度 6 份；同一机关相邻两年的报告已自动配对核对",
        `${join(folder, "某县卫生健康委员会2024.json")}：错误：“某县卫生健康委员会2024-修改.json、某县卫生健康委员会2024.json”是同一机关同一年度的报告，但数字不同：请确认哪一份是正式版本（汇总按“某县卫生健康委员会2024-修改.json”计）`,
      ]);
      expect(lines).toContain(
        `${join(folder, "某县民政局2024.pdf")}：提示：与“某县民政局2024.docx”是同一机关同一年度的报告，数字相同，只计一份`,
      );
      expect(lines.filter((l) => l.endsWith("（与 某县教育局2023.json 核对）"))).toHaveLength(2);
      expect(lines.at(-1)).toMatch(/^共 10 个文件：/);
      expect(code).toBe(2);
    },
    RUNS_COMMAND_MS,
  );
});

describe("nianbao review with subfolders for children", () => {
  it(
    "takes a folder's one body as the parent of the bodies in its direct subfolders",
    async () => {
      const county = join(root, "层级收件", "某县政府");
      mkdirSync(join(county, "甲镇"), { recursive: true });
      mkdirSync(join(county, "乙镇"), { recursive: true });
      writeFileSync(join(county, "县政府2024.json"), json(withApplications(writtenReport("某县人民政府", 2024), 9)));
      writeFileSync(join(county, "甲镇", "2024.json"), json(withApplications(writtenReport("甲镇", 2024), 4)));
      writeFileSync(join(county, "乙镇", "2024.json"), json(withApplications(writtenReport("乙镇", 2024), 5)));
      const output = join(root, "层级结果.xlsx");
      const { code, stderr } = await review([join(root, "层级收件"), "-o", output]);
      expect(stderr).toBe("按子文件夹确定上下级关系 2 对（未指定 --hierarchy）");
      expect(code).toBe(0);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(output);
      const hierarchy = workbook.getWorksheet("层级")!;
      expect(hierarchy.getRow(2).values).toEqual([
        undefined,
        "某县人民政府",
        2024,
        "乙镇、甲镇",
        undefined,
        "各单元格与下级合计一致",
      ]);
    },
    RUNS_COMMAND_MS,
  );
});

describe("nianbao review refuses an output it could not write, before reading anything", () => {
  it(
    "refuses a name that is no workbook",
    async () => {
      const { code, stderr, stdout } = await review([folder, "-o", join(root, "结果.csv")]);
      expect(code).toBe(2);
      expect(stderr).toContain("请用以 .xlsx 结尾的文件名");
      expect(stdout).toBe("");
    },
    RUNS_COMMAND_MS,
  );
});
