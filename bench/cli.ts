import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zeroReport, type Report } from "../src/domain";
import { writeReportWorkbook } from "../src/files/xlsx/write-template";
import { minOf, root, runNode } from "./measure";
import { measureRow, type Row } from "./table";

// The command line as a person runs it: start-up, and a reviewing office's folder of workbooks.

const BIN = join(root, "bin/nianbao.cjs");

/** Builds the compiled command as `npm ci` does, so the bench measures what people run. */
function buildCli(): void {
  execFileSync(process.execPath, [join(root, "scripts/build-cli.mjs")], { cwd: root, stdio: "ignore" });
}

/** Every 4th report has a broken 勾稽关系 (一、本年新收 · 自然人 without its totals). */
function reportNumber(n: number): Report {
  const format = n % 2 === 0 ? "2021" : "2019";
  const report = zeroReport(format, format === "2021" ? 2023 : 2020, `第${n}号机关`);
  report.text = { overview: "本年度未收到申请。", problems: "明年将继续改进。", other: "本年度未收取信息处理费。" };
  if (n % 4 === 3) report.tables.applications["newReceived.natural"] = 2;
  return report;
}

const XLSX_COUNT = 500;

async function writeWorkbooks(folder: string): Promise<void> {
  mkdirSync(folder, { recursive: true });
  for (let n = 0; n < XLSX_COUNT; n++) {
    writeFileSync(
      join(folder, `report-${String(n).padStart(3, "0")}.xlsx`),
      await writeReportWorkbook(reportNumber(n)),
    );
  }
}

type Result = { errors?: string[]; findings?: { severity: string }[] };

export async function cliRows(): Promise<Row[]> {
  const rows: Row[] = [];
  let built = true;
  try {
    buildCli();
  } catch (error) {
    built = false;
    const reason = `the CLI could not be built: ${error instanceof Error ? error.message.split("\n")[0] : ""}`;
    rows.push({ what: "CLI start-up over bare node", budget: "≤ 0.3 s", failed: reason });
  }
  if (built) {
    rows.push(
      await measureRow("CLI start-up over bare node (nianbao --help)", "≤ 0.3 s", async () => {
        const bare = await minOf(5, async () => (await runNode(["-e", "0"])).ms);
        const cli = await minOf(5, async () => (await runNode([BIN, "--help"])).ms);
        const s = (cli - bare) / 1000;
        return { measured: `${s.toFixed(2)} s (node alone ${(bare / 1000).toFixed(2)} s)`, within: s <= 0.3 };
      }),
    );
  }
  const folder = mkdtempSync(join(tmpdir(), "nianbao-bench-xlsx-"));
  try {
    rows.push(
      await measureRow(`check over ${XLSX_COUNT} generated .xlsx`, "≥ 200 files/s", async () => {
        if (!built) throw new Error("the CLI could not be built");
        await writeWorkbooks(folder);
        let wrong = "";
        const ms = await minOf(3, async () => {
          const run = await runNode([BIN, "check", folder, "--json"], 300_000);
          const results = JSON.parse(run.stdout) as Result[];
          const broken = results.filter((r) => r.findings?.some((f) => f.severity === "error")).length;
          const unreadable = results.filter((r) => r.errors).length;
          if (broken !== XLSX_COUNT / 4 || unreadable > 0) wrong = `${broken} with errors, ${unreadable} unreadable`;
          return run.ms;
        });
        if (wrong) throw new Error(`wrong results: ${wrong} (want ${XLSX_COUNT / 4} with errors)`);
        const perSecond = (XLSX_COUNT * 1000) / ms;
        return { measured: `${perSecond.toFixed(0)} files/s`, within: perSecond >= 200 };
      }),
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return rows;
}
