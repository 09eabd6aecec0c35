import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toReportJson, zeroReport, type Report } from "../src/domain";
import { reportPage } from "../src/files/html/__fixtures__/report-page";
import { writeReportWorkbook } from "../src/files/xlsx/write-template";
import { readFixture } from "./helpers/fixture";
import { runCliCaptured } from "./helpers/run-cli";

// Issue 11, acceptance 2: a reviewing office checks a folder of whatever arrived by mail. Good reports sit beside
// every kind of file that used to end the whole run (deep pages, huge tables, a file far too large, a pipe, a link to
// /dev/zero, and a bug inside the reader itself): every good file's result must still be printed, in text and JSON.

jest.mock("../src/files/read-report-file", () => {
  const actual = jest.requireActual<typeof import("../src/files/read-report-file")>("../src/files/read-report-file");
  return {
    ...actual,
    // A bug in a reader, thrown as it happens for one file only: synchronously, and from a promise.
    readReportFile: (file: string, hint: object) => {
      if (file.endsWith("bug-sync.txt")) throw new TypeError("Cannot read properties of undefined (reading 'cells')");
      if (file.endsWith("bug-async.txt")) return Promise.reject(new RangeError("Maximum call stack size exceeded"));
      return actual.readReportFile(file, hint);
    },
  };
});

function goodReport(body: string, broken = false): Report {
  const report = zeroReport("2021", 2023, body);
  report.text = { overview: "本年度概况。", problems: "2024年将继续改进。", other: "本年度未收取信息处理费。" };
  if (broken) report.tables.applications["newReceived.natural"] = 2;
  return report;
}

// Large inputs on a shared machine: a generous guard against hangs, not a measure of speed.
jest.setTimeout(60_000);

const folder = mkdtempSync(join(tmpdir(), "nianbao-isolation-"));
const at = (name: string) => join(folder, name);
const GOOD = ["good-a.json", "good-b.txt", "good-c.html", "good-d.xlsx"];

beforeAll(async () => {
  writeFileSync(at("good-a.json"), JSON.stringify(toReportJson(goodReport("某市某局"))));
  writeFileSync(at("good-b.txt"), readFixture());
  writeFileSync(at("good-c.html"), reportPage(goodReport("某县某局", true)));
  writeFileSync(at("good-d.xlsx"), await writeReportWorkbook(goodReport("某镇政府")));
  const nested = (open: string, close: string, depth: number, inner = "1") =>
    `<html><body>${open.repeat(depth)}${inner}${close.repeat(depth)}</body></html>`;
  writeFileSync(at("crash-deep-div.html"), nested("<div>", "</div>", 5_000));
  writeFileSync(at("crash-deep-table.html"), nested("<table><tr><td>", "</td></tr></table>", 4_000));
  writeFileSync(at("crash-deep-span.html"), nested("<table><tr><td>", "</td></tr></table>", 1, "<span>".repeat(5_000)));
  writeFileSync(
    at("crash-rows.html"),
    nested("<table>", "</table>", 1, "<tr><td>本年新收</td><td>1</td></tr>".repeat(40_000)),
  );
  const keys = Object.fromEntries(Array.from({ length: 130_000 }, (_, i) => [`k${i}`, 1]));
  writeFileSync(
    at("crash-many-keys.json"),
    JSON.stringify({ ...toReportJson(goodReport("")), tables: { disclosure: keys, applications: {}, appeals: {} } }),
  );
  // Sparse: 600 MB on paper, nothing on disk.
  writeFileSync(at("crash-huge.txt"), "");
  truncateSync(at("crash-huge.txt"), 600 * 1024 * 1024);
  writeFileSync(at("bug-sync.txt"), readFixture());
  writeFileSync(at("bug-async.txt"), readFixture());
  execFileSync("mkfifo", [at("pipe.txt")]);
  symlinkSync("/dev/zero", at("zero.txt"));
  mkdirSync(at("sub"));
  symlinkSync(folder, at("sub/loop"));
});

type Entry = { file: string; errors?: string[]; findings?: { severity: string }[] };

describe("one bad file never spoils the batch", () => {
  it("prints every good file's result in text, each bad file's reason, and counts them all", async () => {
    const { code, stdout, stderr } = await runCliCaptured(["check", folder]);
    expect(code).toBe(2);
    expect(stdout).toContain(`${at("good-a.json")}：未发现问题`);
    expect(stdout).toContain(`${at("good-b.txt")}：警告：五、存在的主要问题及改进情况`);
    expect(stdout).toContain(`${at("good-c.html")}：错误：三、收到和处理政府信息公开申请情况`);
    expect(stdout).toContain(`${at("good-d.xlsx")}：未发现问题`);
    expect(stdout).toContain(`${at("bug-sync.txt")}：无法读取：读取或校验此文件时发生内部错误，其他文件不受影响`);
    expect(stdout).toContain(`${at("bug-async.txt")}：无法读取：读取或校验此文件时发生内部错误`);
    expect(stdout).toContain(`${at("crash-huge.txt")}：无法读取：文件过大`);
    expect(stdout.split("\n").at(-1)).toBe("共 12 个文件：错误 2 处，警告 1 处，8 个文件无法读取");
    expect(stderr).toContain(`${at("pipe.txt")}：已跳过：不是普通文件（命名管道）`);
    expect(stderr).toContain(`${at("zero.txt")}：已跳过：不是普通文件（设备文件）`);
    expect(stderr).toContain(`${at("sub/loop")}：已跳过：链接指向文件夹，未跟随`);
  });

  it("gives every file its entry in --json, in the order found: the good ones with their findings", async () => {
    const { code, stdout } = await runCliCaptured(["check", folder, "--json"]);
    expect(code).toBe(2);
    const entries = JSON.parse(stdout) as Entry[];
    const byName = new Map(entries.map((e) => [e.file.slice(folder.length + 1), e]));
    expect([...byName.keys()]).toEqual([
      "bug-async.txt",
      "bug-sync.txt",
      "crash-deep-div.html",
      "crash-deep-span.html",
      "crash-deep-table.html",
      "crash-huge.txt",
      "crash-many-keys.json",
      "crash-rows.html",
      ...GOOD,
    ]);
    const errorsOf = (name: string) => byName.get(name)?.findings?.filter((f) => f.severity === "error").length;
    expect(GOOD.map(errorsOf)).toEqual([0, 0, 2, 0]);
    for (const [name, entry] of byName) {
      if (!GOOD.includes(name)) expect(entry.errors?.length).toBeGreaterThan(0);
    }
    // 130,000 unknown keys: a bounded list of reasons and a line saying how many more.
    expect(byName.get("crash-many-keys.json")?.errors?.at(-1)).toBe("……另有 129950 条未列出");
  });
});
