import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toReportJson, zeroReport } from "../src/domain";

// Issue 20, points 3 to 5: every file is read on a worker thread with a time and a heap limit, a single file as each
// file of a folder, and a worker past its limit is ended and the command still ends. The compiled command is run,
// as a person runs it (test/cli.test.ts builds it; this file builds it again so it can run alone).

jest.setTimeout(120_000);

const root = join(__dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "nianbao-bounds-"));
const at = (name: string) => join(dir, name);

beforeAll(() => {
  spawnSync("node", [join(root, "scripts/build-cli.mjs")]);
});

/** The compiled command, with its output, exit code and how long it took. */
function nianbao(args: string[], env: Record<string, string> = {}) {
  const started = Date.now();
  const run = spawnSync("node", [join(root, "bin/nianbao.cjs"), ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 100_000,
  });
  return { code: run.status, out: `${run.stdout}\n${run.stderr}`, seconds: (Date.now() - started) / 1000 };
}

describe("a file that passes its time limit", () => {
  const json = JSON.stringify(toReportJson(zeroReport("2021", 2023, "某局")));

  it("is given up, its worker ended, and the command ends (a folder and a single file)", () => {
    for (const name of ["a.json", "b.json", "c.json"]) writeFileSync(at(name), json);
    // A limit no reading can meet: every file passes it.
    const folder = nianbao(["check", dir], { NIANBAO_TIME_LIMIT: "0.001" });
    expect(folder.code).toBe(2);
    expect(folder.out).toContain("共 3 个文件：错误 0 处，警告 0 处，3 个文件无法读取");
    expect(folder.out).toContain("读取超过 0.001 秒仍未完成，已放弃");
    const single = nianbao(["narrate", at("a.json")], { NIANBAO_TIME_LIMIT: "0.001" });
    expect(single.code).toBe(2);
    expect(single.out).toContain("读取超过 0.001 秒仍未完成，已放弃");
  });
});
