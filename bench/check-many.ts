// `npm run bench`: how long `nianbao check` takes over a district's worth of reports (200 files), by kind of file,
// against generous budgets per file. Runs in-process (no process start-up counted). Exit 1 when a budget is exceeded
// or when the check does not find exactly the broken reports. Not part of `npm test`: timing is for people to read.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { runCli } from "../src/cli/main";
import { toReportJson, zeroReport, type Report } from "../src/domain";
import { reportPage } from "../src/files/html/__fixtures__/report-page";
import { writeReportWorkbook } from "../src/files/xlsx/write-template";

type Kind = { ext: string; count: number; budgetMs: number; write: (report: Report) => Promise<string | Buffer> };

const KINDS: Kind[] = [
  { ext: "json", count: 150, budgetMs: 50, write: (r) => Promise.resolve(JSON.stringify(toReportJson(r), null, 2)) },
  { ext: "html", count: 25, budgetMs: 200, write: (r) => Promise.resolve(reportPage(r)) },
  // Workbooks are zip files of XML, read with exceljs: slower by nature, so a larger budget.
  // Issue 6: a reviewing office checks a folder of 200 workbooks; each must be reported correctly.
  { ext: "xlsx", count: 200, budgetMs: 500, write: (r) => writeReportWorkbook(r) },
];

/** Every 4th report has a broken 勾稽关系 (一、本年新收 · 自然人 without its totals). */
const isBroken = (n: number): boolean => n % 4 === 3;

function reportNumber(n: number): Report {
  const format = n % 2 === 0 ? "2021" : "2019";
  const report = zeroReport(format, format === "2021" ? 2023 : 2020, `第${n}号机关`);
  report.text = { overview: "本年度未收到申请。", problems: "明年将继续改进。", other: "本年度未收取信息处理费。" };
  if (isBroken(n)) report.tables.applications["newReceived.natural"] = 2;
  return report;
}

type Result = { file: string; errors?: string[]; findings?: { severity: string }[] };

async function checkFolder(folder: string): Promise<{ ms: number; results: Result[] }> {
  const out: string[] = [];
  const started = performance.now();
  await runCli(["check", folder, "--json"], { out: (t) => out.push(t), err: () => undefined });
  return { ms: performance.now() - started, results: JSON.parse(out.join("\n")) as Result[] };
}

async function main(): Promise<number> {
  const root = mkdtempSync(join(tmpdir(), "nianbao-bench-"));
  let failed = false;
  try {
    console.log(`nianbao check: ${KINDS.reduce((n, k) => n + k.count, 0)} files in ${root}\n`);
    const columns = ["kind".padEnd(5), "files".padStart(5), "total ms".padStart(10), "ms/file".padStart(9)];
    console.log([...columns, "budget".padStart(8)].join("  "));
    let n = 0;
    for (const kind of KINDS) {
      const folder = join(root, kind.ext);
      mkdirSync(folder);
      let broken = 0;
      for (let i = 0; i < kind.count; i++, n++) {
        writeFileSync(
          join(folder, `report-${String(n).padStart(3, "0")}.${kind.ext}`),
          await kind.write(reportNumber(n)),
        );
        if (isBroken(n)) broken++;
      }
      const { ms, results } = await checkFolder(folder);
      const unreadable = results.filter((r) => r.errors).length;
      const withErrors = results.filter((r) => r.findings?.some((f) => f.severity === "error")).length;
      const perFile = ms / kind.count;
      const ok = perFile <= kind.budgetMs && unreadable === 0 && withErrors === broken;
      failed ||= !ok;
      const cells = [kind.ext.padEnd(5), String(kind.count).padStart(5), ms.toFixed(0).padStart(10)];
      cells.push(perFile.toFixed(1).padStart(9), `${kind.budgetMs}`.padStart(8), ok ? "ok" : "OVER BUDGET OR WRONG");
      console.log(cells.join("  "));
      if (unreadable > 0 || withErrors !== broken) {
        console.log(
          `  expected ${broken} reports with errors and none unreadable; got ${withErrors} and ${unreadable}`,
        );
      }
    }
    const all = await checkFolder(root);
    console.log(`\nall ${all.results.length} files in one run: ${all.ms.toFixed(0)} ms`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return failed ? 1 : 0;
}

void main().then((code) => {
  process.exitCode = code;
});
