import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toReportJson, zeroReport } from "../src/domain";
import { docx } from "./catalogue/inputs";
import { readFixture } from "./helpers/fixture";

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

/** The compiled command, with its output, exit code and peak memory (the bench's preload reports it at exit). */
function nianbao(args: string[], env: Record<string, string> = {}) {
  const rssFile = at(`rss-${Math.random()}`);
  const run = spawnSync(
    "node",
    ["--require", join(root, "bench/peak-rss.cjs"), join(root, "bin/nianbao.cjs"), ...args],
    {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, NIANBAO_BENCH_RSS_FILE: rssFile, ...env },
      timeout: 100_000,
    },
  );
  const peakMb = Number(readFileSync(rssFile, "utf8")) / 1024;
  return { code: run.status, out: `${run.stdout}\n${run.stderr}`, peakMb };
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

describe("memory bounded whatever a file holds", () => {
  it("refuses to export a report whose section 六 is a million short lines, saying why, within bounds", () => {
    const lines = Array.from({ length: 1_000_000 }, (_, n) => String(n % 10)).join("\n");
    writeFileSync(
      at("长.txt"),
      readFixture().replace("六、其他需要报告的事项\n", `六、其他需要报告的事项\n${lines}\n`),
    );
    const run = nianbao(["export", at("长.txt"), "--docx", "-o", at("长.docx")]);
    expect(run.code).toBe(2);
    expect(run.out).toContain("“六、其他需要报告的事项”部分有 1,000,001 行");
    expect(run.peakMb).toBeLessThan(1024);
  });

  it("checks a folder of four Word documents of a million cells each under 1 GB, each refused with its reason", async () => {
    const row = `<w:tr>${"<w:tc><w:p/></w:tc>".repeat(1000)}</w:tr>`;
    const bytes = await docx(`<w:tbl>${row.repeat(1000)}</w:tbl>`);
    mkdirSync(at("cells"));
    for (const name of ["a", "b", "c", "d"]) writeFileSync(at(`cells/${name}.docx`), bytes);
    const run = nianbao(["check", at("cells")]);
    expect(run.code).toBe(2);
    expect(run.out).toContain("共 4 个文件：错误 0 处，警告 0 处，4 个文件无法读取");
    expect(run.out).toContain("段落或表格单元格超过 50,000 个");
    expect(run.peakMb).toBeLessThan(1024);
  });
});
