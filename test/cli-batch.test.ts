import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../src/cli/main";
import { toReportJson, zeroReport, type Report } from "../src/domain";

// A person checks a whole folder of reports sent in by the offices of a district: several good ones, some with a
// broken 勾稽关系 or blank cells, one that is not a report at all, one filed in a subfolder.

/** Every figure 0 and every section written: nothing to report. */
function consistent(body: string): Report {
  const report = zeroReport("2021", 2023, body);
  report.text = {
    overview: "本年度未收到政府信息公开申请。",
    problems: "2024年，我们将继续改进。",
    other: "本年度未收取信息处理费。",
  };
  return report;
}

/** 一、本年新收 · 自然人 set to 2 with the totals left at 0: the row total and the column's balance both fail. */
function broken(body: string): Report {
  const report = consistent(body);
  report.tables.applications["newReceived.natural"] = 2;
  return report;
}

/** A cell left blank in two tables: two cell.blank warnings (one per table), no error. */
function withBlanks(body: string): Report {
  const report = consistent(body);
  delete report.tables.appeals["review.upheld"];
  delete report.tables.disclosure["rules.issued"];
  return report;
}

function makeFolder(files: Record<string, Report | string>): string {
  const root = mkdtempSync(join(tmpdir(), "nianbao-batch-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, ".."), { recursive: true });
    writeFileSync(join(root, name), typeof content === "string" ? content : JSON.stringify(toReportJson(content)));
  }
  return root;
}

type Run = { code: number; stdout: string; stderr: string; progress: string[] };

async function check(args: string[], isTTY = false): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const progress: string[] = [];
  const code = await runCli(["check", ...args], {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    isTTY,
    progress: (line) => progress.push(line),
  });
  return { code, stdout: out.join("\n"), stderr: err.join("\n"), progress };
}

/** The summary table: the lines from its heading to the line before the totals. */
function tableOf(stdout: string): string[] {
  const lines = stdout.split("\n");
  const start = lines.findIndex((line) => /^文件\s+机关\s+年度\s+错误\s+警告$/.test(line));
  const end = lines.findIndex((line) => line.startsWith("共 "));
  return start < 0 ? [] : lines.slice(start, end).filter((line) => line !== "");
}

/** Screen columns as a terminal shows them, counted apart from the code under test: a Chinese character takes two. */
const displayWidth = (text: string): number =>
  [...text].reduce((width, char) => width + (/[\p{Script=Han}\u3000-\u303f\uff01-\uff60]/u.test(char) ? 2 : 1), 0);

const cellsOf = (line: string): string[] => line.split(/ {2,}/).map((cell) => cell.trim());

describe("nianbao check over a folder of reports", () => {
  const folder = makeFolder({
    "a-city.json": consistent("某市某局"),
    "b-county.json": broken("某县人民政府办公室"),
    "c-blank.json": withBlanks("Some Bureau"),
    "d-not-json.json": "{ this is not JSON",
    "notes.md": "not a report: ignored",
    ".git/hidden.json": "{ a hidden folder is never searched",
    "~$a-city.xlsx": "the owner file Excel keeps while a workbook is open",
    "sub/e-town.json": broken("某镇政府"),
  });
  const file = (name: string) => join(folder, name);

  it("checks every report in the folder and its subfolder, and lists each in a table with its counts", async () => {
    const { stdout } = await check([folder]);
    expect(tableOf(stdout).slice(2).map(cellsOf)).toEqual([
      [file("a-city.json"), "某市某局", "2023", "0", "0"],
      [file("b-county.json"), "某县人民政府办公室", "2023", "2", "0"],
      [file("c-blank.json"), "Some Bureau", "2023", "0", "2"],
      [file("d-not-json.json"), "—", "—", "无法读取", "—"],
      [file("sub/e-town.json"), "某镇政府", "2023", "2", "0"],
    ]);
    expect(stdout.split("\n").at(-1)).toBe("共 5 个文件：错误 4 处，警告 2 处，1 个文件无法读取");
  });

  it("lines the columns up on screen, counting a Chinese character as two columns", async () => {
    const [heading, rule, ...rows] = tableOf((await check([folder])).stdout);
    // Where each column's cell ends on screen, and where the body column's starts, in terminal columns.
    const cellSpans = (line: string) =>
      [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({
        start: displayWidth(line.slice(0, m.index)),
        end: displayWidth(line.slice(0, m.index + m[0].length)),
      }));
    expect(new Set([heading, rule, ...rows].map((line) => displayWidth(line ?? ""))).size).toBe(1);
    const spans = [heading!, ...rows].map(cellSpans);
    expect(new Set(spans.map((cells) => cells[1]?.start)).size).toBe(1);
    for (const column of [2, 3, 4]) expect(new Set(spans.map((cells) => cells[column]?.end)).size).toBe(1);
  });

  it.each([
    ["an unreadable file among them: exit 2, and the others are still checked", [] as string[], 2],
    ["reports with errors and no unreadable file: exit 1", ["a-city.json", "b-county.json", "sub"], 1],
    ["reports with warnings only: exit 0", ["a-city.json", "c-blank.json"], 0],
  ])("%s", async (_name, names, code) => {
    const run = await check(names.length > 0 ? names.map(file) : [folder]);
    expect(run.code).toBe(code);
    expect(tableOf(run.stdout).length).toBe(2 + (names.length > 0 ? names.length : 5));
  });

  it("keeps --json as it was: one entry per file, no table", async () => {
    const { stdout } = await check([folder, "--json"]);
    const results = JSON.parse(stdout) as { file: string; errors?: string[] }[];
    expect(results.map((r) => r.file)).toEqual(
      ["a-city.json", "b-county.json", "c-blank.json", "d-not-json.json", "sub/e-town.json"].map(file),
    );
    expect(results[3]?.errors?.[0]).toMatch(/^不是有效的 JSON 文件/);
  });

  it("draws a progress line for each file on a terminal, and clears it before the results", async () => {
    const run = await check([folder], true);
    expect(run.progress).toHaveLength(6);
    expect(run.progress[0]).toMatch(/^校验中 1\/5 █{4}░{16} a-city\.json$/);
    expect(run.progress[4]).toMatch(/^校验中 5\/5 █{20} e-town\.json$/);
    expect(run.progress.at(-1)).toBe("");
    expect(run.stdout).not.toContain("校验中");
  });

  it("draws no progress when stderr is not a terminal (a pipe, a log file, CI)", async () => {
    const run = await check([folder], false);
    expect(run.progress).toEqual([]);
    expect(`${run.stdout}${run.stderr}`).not.toContain("校验中");
  });
});
