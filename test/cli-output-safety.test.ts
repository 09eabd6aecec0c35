import { execFileSync, spawnSync } from "node:child_process";
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toReportJson, zeroReport } from "../src/domain";
import { runCliCaptured } from "./helpers/run-cli";

// Issue 20, points 1, 2 and 4: what `template` and `export` write never costs a person a file. The input is never
// the output, whatever --force says; a failed write (here a file-size limit, as a full disk would) leaves the old
// file whole and says so; a named pipe, a folder or a path through a file is refused with its real reason.

jest.setTimeout(60_000);

const root = join(__dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "nianbao-output-"));
const at = (name: string) => join(dir, name);
const OLD = "the office's own file";

const report = zeroReport("2021", 2023, "某市某局");
writeFileSync(at("report.json"), JSON.stringify(toReportJson(report)));

/** A Word report of our own, made by the command itself. */
async function wordReport(name: string): Promise<string> {
  const { code } = await runCliCaptured(["export", at("report.json"), "--docx", "-o", at(name)]);
  expect(code).toBe(0);
  return at(name);
}

describe("outputs are never the input", () => {
  it("refuses `export 报告.docx --docx --force`, whose default output is the input itself", async () => {
    const input = await wordReport("报告.docx");
    const before = readFileSync(input);
    const { code, stderr } = await runCliCaptured(["export", input, "--docx", "--force"]);
    expect(code).toBe(2);
    expect(stderr).toContain("这是要读取的报告文件本身，不会被覆盖");
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it("knows the input under another name: a hard link and a symbolic link", async () => {
    const input = await wordReport("原件.docx");
    const before = readFileSync(input);
    linkSync(input, at("硬链接.docx"));
    symlinkSync(input, at("软链接.docx"));
    for (const output of [at("硬链接.docx"), at("软链接.docx")]) {
      const { code, stderr } = await runCliCaptured(["export", input, "--docx", "-o", output, "--force"]);
      expect({ code, refused: stderr.includes("报告文件本身") }).toEqual({ code: 2, refused: true });
    }
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it("refuses --previous as template's output", async () => {
    const previous = at("上年.json");
    writeFileSync(previous, JSON.stringify(toReportJson(zeroReport("2021", 2022, "某市某局"))));
    const before = readFileSync(previous);
    const args = ["template", "--year", "2023", "--body", "某市某局", "--previous", previous, "-o", previous];
    const { code, stderr } = await runCliCaptured([...args.slice(0, -1), at("上年.xlsx")]);
    expect(code).toBe(0);
    linkSync(previous, at("上年-链接.xlsx"));
    const again = await runCliCaptured([...args.slice(0, -1), at("上年-链接.xlsx"), "--force"]);
    expect({ code: again.code, refused: again.stderr.includes("报告文件本身") }).toEqual({ code: 2, refused: true });
    expect(readFileSync(previous).equals(before)).toBe(true);
    expect(stderr).toBe("");
  });
});

describe("a failed write leaves the old file whole", () => {
  it("keeps the old workbook under a file-size limit and says so (the compiled command, in a shell with ulimit -f)", () => {
    execFileSync("node", [join(root, "scripts/build-cli.mjs")]);
    writeFileSync(at("old.xlsx"), OLD);
    const command = `ulimit -f 4; exec node "${join(root, "bin/nianbao.cjs")}" template --year 2023 --body 某局 -o old.xlsx --force`;
    const run = spawnSync("bash", ["-c", command], { cwd: dir, encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("无法写入 old.xlsx（超出允许的文件大小）；原有文件未改动");
    expect(readFileSync(at("old.xlsx"), "utf8")).toBe(OLD);
    // No temporary file is left beside it.
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("replaces an old file only with the complete new one", async () => {
    writeFileSync(at("replaced.xlsx"), OLD);
    const { code } = await runCliCaptured([
      "template",
      "--year",
      "2023",
      "--body",
      "某局",
      "-o",
      at("replaced.xlsx"),
      "--force",
    ]);
    expect(code).toBe(0);
    expect(readFileSync(at("replaced.xlsx")).subarray(0, 2).toString()).toBe("PK");
  });
});

describe("outputs only onto a regular file or a new name, each refusal with its reason", () => {
  const template = (output: string, ...more: string[]) =>
    runCliCaptured(["template", "--year", "2023", "--body", "某局", "-o", output, ...more]);

  it("refuses a named pipe as -o at once, even with --force", async () => {
    execFileSync("mkfifo", [at("pipe.xlsx")]);
    const { code, stderr } = await template(at("pipe.xlsx"), "--force");
    expect(code).toBe(2);
    expect(stderr).toContain("不是普通文件");
  });

  it.each([
    [
      "a folder",
      () => {
        mkdirSync(at("folder.xlsx"));
        return at("folder.xlsx");
      },
      "这是一个文件夹",
    ],
    ["a path under a file", () => join(at("report.json"), "x.xlsx"), "路径中有一段不是文件夹"],
    ["a name too long", () => at(`${"长".repeat(100)}.xlsx`), "文件名或路径过长"],
    [
      "a link to itself",
      () => {
        symlinkSync("loop.xlsx", at("loop.xlsx"));
        return at("loop.xlsx");
      },
      "符号链接循环",
    ],
  ])("refuses %s", async (_name, output, reason) => {
    const { code, stderr } = await template(output(), "--force");
    expect(code).toBe(2);
    expect(stderr).toContain(reason);
  });

  it("writes what the name says: template -o x.docx and export -o x.xlsx are refused", async () => {
    const workbook = await template(at("x.docx"));
    const document = await runCliCaptured(["export", at("report.json"), "--docx", "-o", at("x.xlsx")]);
    expect([workbook.code, document.code]).toEqual([2, 2]);
    expect(workbook.stderr).toContain("该命令生成 .xlsx 文件");
    expect(document.stderr).toContain("该命令生成 .docx 文件");
    expect([existsSync(at("x.docx")), existsSync(at("x.xlsx"))]).toEqual([false, false]);
  });

  it("takes one year range everywhere: --year 9999 is refused as report JSON refuses it", async () => {
    const { code, stderr } = await runCliCaptured(["template", "--year", "9999", "--body", "某局", "-o", at("y.xlsx")]);
    expect(code).toBe(2);
    expect(stderr).toContain("2007—2100");
  });
});
