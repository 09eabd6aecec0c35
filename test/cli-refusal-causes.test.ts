import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { toReportJson, zeroReport } from "../src/domain";

// Issue 20, point 11: a file or folder one may not read is refused as such, never as a broken file or “not a regular
// file”. Tests run as root, whom permissions do not stop: the compiled command runs here as the user nobody.

jest.setTimeout(60_000);

const root = join(__dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "nianbao-refusals-"));
const at = (name: string) => join(dir, name);

/** What the compiled command prints (stdout and stderr), run as a user without rights to what root made unreadable. */
function runUnprivileged(args: string[]): { status: number | null; printed: string } {
  const node = ["node", join(root, "bin/nianbao.cjs"), ...args];
  const asNobody = process.getuid?.() === 0 ? ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"] : [];
  const [command = "node", ...rest] = [...asNobody, ...node];
  const run = spawnSync(command, rest, { cwd: dir, encoding: "utf8" });
  return { status: run.status, printed: `${run.stdout}\n${run.stderr}` };
}

/**
 * The folders above the checkout that the user nobody cannot pass through (a clone made in `mktemp -d` is private), opened
 * for passing only (o+x, not reading) while the tests run, so nobody can start the command; put back afterwards.
 */
const closedAbove: { path: string; mode: number }[] = [];
function letNobodyReachTheCommand(): void {
  if (process.getuid?.() !== 0) return;
  for (let path = root; ; path = dirname(path)) {
    const mode = statSync(path).mode & 0o7777;
    if ((mode & 0o001) === 0) {
      closedAbove.push({ path, mode });
      chmodSync(path, mode | 0o001);
    }
    if (dirname(path) === path) break;
  }
}
afterAll(() => closedAbove.forEach(({ path, mode }) => chmodSync(path, mode)));

beforeAll(() => {
  letNobodyReachTheCommand();
  execFileSync("node", [join(root, "scripts/build-cli.mjs")]);
  // The folder itself may be entered (mkdtemp makes it private); what is in it may not be read.
  chmodSync(dir, 0o755);
  const json = JSON.stringify(toReportJson(zeroReport("2021", 2023, "某市某局")));
  writeFileSync(at("locked.json"), json);
  chmodSync(at("locked.json"), 0o000);
  mkdirSync(at("batch"));
  mkdirSync(at("batch/closed"));
  writeFileSync(at("batch/good.json"), json);
  writeFileSync(at("batch/closed/inside.json"), json);
  chmodSync(at("batch/closed"), 0o000);
  chmodSync(at("batch"), 0o755);
});

describe("a refusal names its real cause", () => {
  it("a file one may not read: permission, not a broken file", () => {
    const { status, printed } = runUnprivileged(["check", "locked.json"]);
    expect(status).toBe(2);
    expect(printed).toContain("locked.json：无法读取：无法打开文件（没有访问权限）");
  });

  it("a folder one may not enter, where a file is expected: a folder, and the permission", () => {
    const { status, printed } = runUnprivileged(["narrate", "batch/closed"]);
    expect(status).toBe(2);
    expect(printed).toContain("这是一个文件夹，无法打开（没有访问权限）");
    expect(printed).not.toContain("不是普通文件");
  });

  it("a folder one may not enter, inside a folder checked: named with its reason, the rest still read", () => {
    const { status, printed } = runUnprivileged(["check", "batch"]);
    expect(status).toBe(2);
    expect(printed).toContain("closed：无法读取：这是一个文件夹，无法打开（没有访问权限）");
    expect(printed).toMatch(/共 2 个文件：.*，1 个文件无法读取/);
  });

  it("-o into a folder one may not write to: permission, and nothing written", () => {
    const { status, printed } = runUnprivileged([
      "template",
      "--year",
      "2024",
      "--body",
      "某局",
      "-o",
      "batch/new.xlsx",
    ]);
    expect(status).toBe(2);
    expect(printed).toContain("无法写入 batch/new.xlsx（没有访问权限）");
    expect(existsSync(at("batch/new.xlsx"))).toBe(false);
  });

  it("--previous one may not read", () => {
    const { status, printed } = runUnprivileged([
      "template",
      "--year",
      "2024",
      "--body",
      "某局",
      "--previous",
      "locked.json",
    ]);
    expect(status).toBe(2);
    expect(printed).toContain("上年报告 locked.json 无法读取");
    expect(printed).toContain("没有访问权限");
  });
});
